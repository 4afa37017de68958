interface SecretFieldProps {
  label: string;
  value: string;
}

/** A labelled read-only value that selects itself on focus, ready to copy by hand. */
export function SecretField({ label, value }: SecretFieldProps) {
  return (
    <label>
      {label}
      <input
        readOnly
        value={value}
        className="secret"
        onFocus={(e) => {
          e.target.select();
        }}
      />
    </label>
  );
}
