interface AllMembersToggleProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** An Admin's switch between their own keys and every member's. */
export function AllMembersToggle({ checked, onChange }: AllMembersToggleProps) {
  return (
    <label className="checkbox">
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => {
          onChange(e.target.checked);
        }}
      />
      Show every member’s keys
    </label>
  );
}
