/** The names of `T`'s text values. */
type TextKey<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T];

/**
 * Binds a filter form's text fields and selects to its values by name: `{...field('tag')}` gives the field its value,
 * and each change gives `onChange` the values with that one replaced.
 */
export function bindFilters<T>(values: T, onChange: (values: T) => void) {
  return (name: TextKey<T>) => ({
    value: values[name] as string,
    onChange: (e: { target: { value: string } }) => {
      onChange({ ...values, [name]: e.target.value });
    },
  });
}
