import { useState } from 'react';
import { DataTable } from '../../../shared/ui';
import type { User } from '../api/use-users';
import { UserRow } from './user-row';

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

export function UsersTable({ users, currentUserId, busyId, ...actions }: UsersTableProps) {
  // One row at a time asks to confirm.
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <DataTable caption="Users" columns={COLUMNS} actions>
      {users.map((user) => (
        <UserRow
          key={user.id}
          user={user}
          isSelf={user.id === currentUserId}
          busy={busyId === user.id}
          confirming={confirming === user.id}
          onConfirmingChange={(asking) => {
            setConfirming(asking ? user.id : null);
          }}
          {...actions}
        />
      ))}
    </DataTable>
  );
}
