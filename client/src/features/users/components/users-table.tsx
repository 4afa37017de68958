import { useState } from 'react';
import { formatDate } from '../../../shared/format';
import { ConfirmButton, DataTable } from '../../../shared/ui';
import type { User } from '../api/use-users';

interface UsersTableProps {
  users: User[];
  /** The signed-in user's id: their own row offers no Deactivate. */
  currentUserId: string | undefined;
  /** The user a deactivate/reactivate request is running for. */
  busyId: string | null;
  onEdit: (user: User) => void;
  onDeactivate: (user: User) => void;
  onReactivate: (user: User) => void;
}

const COLUMNS = ['Email', 'Name', 'Organization', 'Roles', 'Status', 'Created'] as const;

export function UsersTable({
  users,
  currentUserId,
  busyId,
  onEdit,
  onDeactivate,
  onReactivate,
}: UsersTableProps) {
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <DataTable caption="Users" columns={COLUMNS} actions>
      {users.map((user) => (
        <tr key={user.id}>
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
                disabled={busyId === user.id}
                onClick={() => {
                  onReactivate(user);
                }}
              >
                Reactivate
              </button>
            ) : user.id === currentUserId ? null : (
              <ConfirmButton
                label="Deactivate"
                ariaLabel={`Deactivate ${user.email}`}
                confirmGroupLabel={`Confirm deactivating ${user.email}`}
                question={
                  <>Deactivate {user.email}? They can no longer log in and their API keys are revoked.</>
                }
                confirmLabel="Yes, deactivate"
                confirming={confirming === user.id}
                disabled={busyId === user.id}
                onStart={() => {
                  setConfirming(user.id);
                }}
                onCancel={() => {
                  setConfirming(null);
                }}
                onConfirm={() => {
                  onDeactivate(user);
                  setConfirming(null);
                }}
              />
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
