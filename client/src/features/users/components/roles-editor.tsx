import { useState, type SubmitEvent } from 'react';
import { ROLES } from '../../../shared/roles';
import type { User } from '../api/use-users';

interface RolesEditorProps {
  user: User;
  pending: boolean;
  onSave: (roles: string[]) => void;
  onCancel: () => void;
}

export function RolesEditor({ user, pending, onSave, onCancel }: RolesEditorProps) {
  const [roles, setRoles] = useState<string[]>(user.roles);

  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    // Keep any role the server knows that this UI does not list.
    const known: readonly string[] = ROLES;
    onSave([...ROLES.filter((r) => roles.includes(r)), ...roles.filter((r) => !known.includes(r))]);
  };

  return (
    <form onSubmit={submit} className="card form" aria-label={`Roles of ${user.email}`}>
      <fieldset>
        <legend>Roles of {user.email}</legend>
        {ROLES.map((role) => (
          <label key={role} className="checkbox">
            <input
              type="checkbox"
              checked={roles.includes(role)}
              onChange={(e) => {
                const on = e.target.checked;
                setRoles((current) => (on ? [...current, role] : current.filter((r) => r !== role)));
              }}
            />
            {role}
          </label>
        ))}
      </fieldset>
      <div className="dialog-actions">
        <button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Save roles'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
