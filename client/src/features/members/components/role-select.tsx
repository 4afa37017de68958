import { ROLES, type Role } from '../../../shared/roles';

interface RoleSelectProps {
  value: Role;
  onChange: (role: Role) => void;
}

/** The role an invited member joins with. */
export function RoleSelect({ value, onChange }: RoleSelectProps) {
  return (
    <label>
      Role
      <select
        name="role"
        value={value}
        onChange={(e) => {
          const next = ROLES.find((r) => r === e.target.value);
          if (next) onChange(next);
        }}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
    </label>
  );
}
