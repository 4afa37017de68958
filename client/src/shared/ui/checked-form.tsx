import type { ReactNode, SubmitEvent } from 'react';

interface CheckedFormProps {
  /** The form's accessible name. */
  label: string;
  /** Checks the fields, then sends them (react-hook-form's `handleSubmit(…)`): the browser's own checks are off. */
  onSubmit: (e: SubmitEvent<HTMLFormElement>) => Promise<void>;
  children: ReactNode;
}

/** A form whose fields are checked by the page, which shows each message next to its field. */
export function CheckedForm({ label, onSubmit, children }: CheckedFormProps) {
  return (
    <form className="form" aria-label={label} noValidate onSubmit={(e) => void onSubmit(e)}>
      {children}
    </form>
  );
}
