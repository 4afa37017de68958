interface RadioSwitchProps<T extends string> {
  /** The group's accessible name, shown as its legend. */
  legend: string;
  name: string;
  options: readonly { value: T; text: string }[];
  value: T;
  onChange: (value: T) => void;
}

/** A small set of exclusive choices as a real radio group: arrow keys move between them. */
export function RadioSwitch<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
}: RadioSwitchProps<T>) {
  return (
    <fieldset className="radio-switch">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => {
              onChange(option.value);
            }}
          />
          {option.text}
        </label>
      ))}
    </fieldset>
  );
}
