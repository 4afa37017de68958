import { useEffect, useRef, type ReactNode } from 'react';
import { Dialog } from './dialog';
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

  useEffect(() => {
    closeRef.current?.focus();
  }, []);

  return (
    <Dialog title={title} onClose={onClose}>
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
    </Dialog>
  );
}
