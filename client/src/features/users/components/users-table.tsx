import { formatDate } from '../../../shared/format';
import { DataTable } from '../../../shared/ui';
import type { User } from '../api/use-users';

interface UsersTableProps {
  users: User[];
  onEdit: (user: User) => void;
}

const COLUMNS = ['Email', 'Name', 'Organization', 'Roles', 'Locked out', 'Created'] as const;

export function UsersTable({ users, onEdit }: UsersTableProps) {
  return (
    <DataTable caption="Users" columns={COLUMNS} actions>
      {users.map((user) => (
        <tr key={user.id}>
          <td>{user.email}</td>
          <td>{user.displayName}</td>
          <td>{user.organizationName}</td>
          <td>{user.roles.join(', ') || '—'}</td>
          <td>{user.isLockedOut ? 'Yes' : 'No'}</td>
          <td>{formatDate(user.createdAt)}</td>
          <td>
            <button
              type="button"
              aria-label={`Edit roles of ${user.email}`}
              onClick={() => {
                onEdit(user);
              }}
            >
              Edit roles
            </button>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
