import type { ReactNode } from 'react';

interface ConfirmButtonProps {
  /** Text of the first button, e.g. "Revoke". */
  label: string;
  /** Accessible name of the first button, e.g. "Revoke CI pipeline". */
  ariaLabel: string;
  /** Accessible name of the confirmation group. */
  confirmGroupLabel: string;
  /** The question asked while confirming. */
  question: ReactNode;
  /** Text of the button that acts, e.g. "Yes, revoke". */
  confirmLabel: string;
  /** Controlled by the caller so that at most one row of a table is confirming at a time. */
  confirming: boolean;
  disabled: boolean;
  onStart: () => void;
  onCancel: () => void;
  onConfirm: () => void;
}

/** A destructive row action: the first click asks, "Yes, …" acts, Cancel backs out. */
export function ConfirmButton({
  label,
  ariaLabel,
  confirmGroupLabel,
  question,
  confirmLabel,
  confirming,
  disabled,
  onStart,
  onCancel,
  onConfirm,
}: ConfirmButtonProps) {
  if (!confirming) {
    return (
      <button type="button" aria-label={ariaLabel} disabled={disabled} onClick={onStart}>
        {label}
      </button>
    );
  }
  return (
    <span role="group" aria-label={confirmGroupLabel}>
      <span>{question}</span>{' '}
      <button type="button" className="danger" disabled={disabled} onClick={onConfirm}>
        {confirmLabel}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </span>
  );
}
