import { useId, type ReactNode } from 'react';

interface DialogProps {
  /** The heading, which also names the dialog. */
  title: ReactNode;
  /** Called on Escape. */
  onClose: () => void;
  children: ReactNode;
}

/** A modal dialog named by its heading; Escape closes it. */
export function Dialog({ title, onClose, children }: DialogProps) {
  const titleId = useId();
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
      {children}
    </div>
  );
}
