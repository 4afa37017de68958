import { useId, type InputHTMLAttributes } from 'react';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  /** Shown under the field, which is then marked invalid and described by it. */
  error?: string;
}

/** A labelled input of a `.form`, with its validation message. */
export function TextField({ label, value, onValueChange, error, ...input }: TextFieldProps) {
  const errorId = useId();
  return (
    <>
      <label>
        {label}
        <input
          {...input}
          value={value}
          onChange={(e) => {
            onValueChange(e.target.value);
          }}
          {...(error ? { 'aria-invalid': true, 'aria-describedby': errorId } : {})}
        />
      </label>
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </>
  );
}
