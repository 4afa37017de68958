import { formatDate } from '../../../shared/format';
import type { User } from '../api/use-users';
import { DeactivateUserButton } from './deactivate-user-button';

interface UserRowProps {
  user: User;
  /** The signed-in user's own row offers no Deactivate. */
  isSelf: boolean;
  /** A deactivate/reactivate request is running for this user. */
  busy: boolean;
  confirming: boolean;
  onConfirmingChange: (confirming: boolean) => void;
  onEdit: (user: User) => void;
  onDeactivate: (user: User) => void;
  onReactivate: (user: User) => void;
}

export function UserRow({ isSelf, onEdit, onReactivate, ...deactivation }: UserRowProps) {
  const { user, busy } = deactivation;
  return (
    <tr>
      <td>{user.email}</td>
      <td>{user.displayName}</td>
      <td>{user.organizationName}</td>
      <td>{user.roles.join(', ') || '—'}</td>
      <td>{user.isLockedOut ? 'Deactivated' : 'Active'}</td>
      <td>{formatDate(user.createdAt)}</td>
      <td className="actions">
        <button
          type="button"
          aria-label={`Edit roles of ${user.email}`}
          onClick={() => {
            onEdit(user);
          }}
        >
          Edit roles
        </button>{' '}
        {user.isLockedOut ? (
          <button
            type="button"
            aria-label={`Reactivate ${user.email}`}
            disabled={busy}
            onClick={() => {
              onReactivate(user);
            }}
          >
            Reactivate
          </button>
        ) : isSelf ? null : (
          <DeactivateUserButton {...deactivation} />
        )}
      </td>
    </tr>
  );
}
