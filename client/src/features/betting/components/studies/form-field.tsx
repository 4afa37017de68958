import { useId, type ReactElement, type ReactNode } from 'react';

interface FormFieldProps {
  label: ReactNode;
  /** Shown under the field, which is then marked invalid and described by it. */
  error?: string | undefined;
  /** The control: given `aria-invalid` and `aria-describedby` by the render function. */
  children: (a11y: { 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactElement;
}

/** A labelled control of a studies form with its validation message (from the form or the API). */
export function FormField({ label, error, children }: FormFieldProps) {
  const errorId = useId();
  return (
    <div className="field">
      <label>
        {label}
        {children(error ? { 'aria-invalid': true, 'aria-describedby': errorId } : {})}
      </label>
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
