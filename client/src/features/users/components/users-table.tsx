import { formatDate } from '../../../shared/format';
import type { User } from '../api/use-users';

interface UsersTableProps {
  users: User[];
  onEdit: (user: User) => void;
}

export function UsersTable({ users, onEdit }: UsersTableProps) {
  return (
    <table className="table">
      <caption className="visually-hidden">Users</caption>
      <thead>
        <tr>
          <th scope="col">Email</th>
          <th scope="col">Name</th>
          <th scope="col">Organization</th>
          <th scope="col">Roles</th>
          <th scope="col">Locked out</th>
          <th scope="col">Created</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
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
      </tbody>
    </table>
  );
}
