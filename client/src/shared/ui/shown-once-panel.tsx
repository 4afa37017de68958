import { useEffect, useId, useRef, type ReactNode } from 'react';
import { SecretField } from './secret-field';
import { useClipboardCopy } from './use-clipboard-copy';

interface ShownOncePanelProps {
  title: ReactNode;
  warning: ReactNode;
  /** Label of the read-only field holding `value`. */
  label: string;
  value: string;
  copiedMessage: string;
  copyFailedMessage: string;
  onClose: () => void;
}

/** Shows a value exactly once in a dialog with Copy and Close; closing (or Escape) forgets it. */
export function ShownOncePanel({
  title,
  warning,
  label,
  value,
  copiedMessage,
  copyFailedMessage,
  onClose,
}: ShownOncePanelProps) {
  const [copyState, copy] = useClipboardCopy(value);
  const closeRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  useEffect(() => {
    closeRef.current?.focus();
  }, []);

  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      className="dialog"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <p className="warning">{warning}</p>
      <SecretField label={label} value={value} />
      <div className="dialog-actions">
        <button type="button" onClick={() => void copy()}>
          Copy
        </button>
        <button type="button" ref={closeRef} onClick={onClose}>
          Close
        </button>
      </div>
      {copyState !== 'idle' && (
        <p role="status">{copyState === 'copied' ? copiedMessage : copyFailedMessage}</p>
      )}
    </div>
  );
}
