import { ROLES, type Role } from '../../../shared/roles';
import { LabelledSelect } from '../../../shared/ui';

interface RoleSelectProps {
  value: Role;
  onChange: (role: Role) => void;
}

/** The role an invited member joins with. */
export function RoleSelect({ value, onChange }: RoleSelectProps) {
  return (
    <LabelledSelect
      label="Role"
      name="role"
      options={ROLES}
      value={value}
      onChange={(e) => {
        const next = ROLES.find((r) => r === e.target.value);
        if (next) onChange(next);
      }}
    />
  );
}
