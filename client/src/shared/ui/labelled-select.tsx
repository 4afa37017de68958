import type { SelectHTMLAttributes } from 'react';

/** A choice: a value shown as itself, or a value and the text shown for it. */
export type SelectOption = string | { value: string; text: string };

interface LabelledSelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children'> {
  label: string;
  options: readonly SelectOption[];
  /** The text of a first option, of value "", that chooses nothing in particular ("Any"); none when left out. */
  any?: string;
}

/** A select inside its label. */
export function LabelledSelect({ label, options, any, ...select }: LabelledSelectProps) {
  return (
    <label>
      {label}
      <select {...select}>
        {any !== undefined && <option value="">{any}</option>}
        {options.map((option) => {
          const { value, text } = typeof option === 'string' ? { value: option, text: option } : option;
          return (
            <option key={value} value={value}>
              {text}
            </option>
          );
        })}
      </select>
    </label>
  );
}
