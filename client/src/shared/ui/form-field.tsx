import { useId, type ReactElement, type ReactNode } from 'react';

interface FormFieldProps {
  label: ReactNode;
  /** Shown under the control, which is then marked invalid and described by it. */
  error?: string | undefined;
  /** A lasting hint under the control, which is described by it too. */
  hint?: ReactNode;
  /** The control: given `aria-invalid` and `aria-describedby` by the render function. */
  children: (a11y: { 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactElement;
}

/** A labelled control with an optional hint and its validation message (from the form or the API). */
export function FormField({ label, error, hint, children }: FormFieldProps) {
  const errorId = useId();
  const hintId = useId();
  const describedBy = [hint ? hintId : undefined, error ? errorId : undefined].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label>
        {label}
        {children({
          ...(error ? { 'aria-invalid': true } : {}),
          ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        })}
      </label>
      {hint && (
        <span id={hintId} className="hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
