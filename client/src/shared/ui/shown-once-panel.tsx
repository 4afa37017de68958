import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

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
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const closeRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  useEffect(() => {
    closeRef.current?.focus();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };

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
      <label>
        {label}
        <input
          readOnly
          value={value}
          className="secret"
          onFocus={(e) => {
            e.target.select();
          }}
        />
      </label>
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
