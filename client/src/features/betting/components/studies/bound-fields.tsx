import type { InputHTMLAttributes } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FormField } from '../../../../shared/ui';

/** One registered field of a form and its message (see `fieldErrors`). */
export interface Bound {
  props: UseFormRegisterReturn;
  error?: string | undefined;
}

/** Binds a form's field by name; any form whose fields include `N` can fill fields that take one. */
export type Bind<N extends string> = (name: N) => Bound;

type InputFieldProps = { label: string; field: Bound } & InputHTMLAttributes<HTMLInputElement>;

export function InputField({ label, field, ...input }: InputFieldProps) {
  return (
    <FormField label={label} error={field.error}>
      {(a11y) => <input {...input} {...field.props} {...a11y} />}
    </FormField>
  );
}

interface SelectFieldProps {
  label: string;
  field: Bound;
  options: readonly string[];
  /** The text of each option; the value itself when left out. */
  text?: (value: string) => string;
}

export function SelectField({ label, field, options, text = (v) => v }: SelectFieldProps) {
  return (
    <FormField label={label} error={field.error}>
      {(a11y) => (
        <select {...field.props} {...a11y}>
          {options.map((o) => (
            <option key={o} value={o}>
              {text(o)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/** A checkbox shown as an on/off switch, its label after it. */
export function SwitchField({ label, field }: { label: string; field: Bound }) {
  return (
    <label className="checkbox">
      <input type="checkbox" role="switch" {...field.props} /> {label}
    </label>
  );
}
