import { useState } from 'react';
import { formatDate } from '../../../shared/format';
import { ConfirmButton, DataTable } from '../../../shared/ui';
import type { Invitation } from '../api/use-invitations';

interface InvitationsTableProps {
  invitations: Invitation[];
  withdrawingId: string | null;
  onWithdraw: (invitation: Invitation) => void;
}

const COLUMNS = ['Email', 'Role', 'Status', 'Sent', 'Expires'] as const;

export function InvitationsTable({ invitations, withdrawingId, onWithdraw }: InvitationsTableProps) {
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <DataTable caption="Invitations" columns={COLUMNS} actions>
      {invitations.map((invitation) => (
        <tr key={invitation.id}>
          <td>{invitation.email}</td>
          <td>{invitation.role}</td>
          <td>{invitation.status}</td>
          <td>{formatDate(invitation.createdAt)}</td>
          <td>{formatDate(invitation.expiresAt)}</td>
          <td className="actions">
            {invitation.status !== 'Pending' ? null : (
              <ConfirmButton
                label="Withdraw"
                ariaLabel={`Withdraw invitation for ${invitation.email}`}
                confirmGroupLabel={`Confirm withdrawing the invitation for ${invitation.email}`}
                question={<>Withdraw the invitation for {invitation.email}? The link stops working.</>}
                confirmLabel="Yes, withdraw"
                confirming={confirming === invitation.id}
                disabled={withdrawingId === invitation.id}
                onStart={() => {
                  setConfirming(invitation.id);
                }}
                onCancel={() => {
                  setConfirming(null);
                }}
                onConfirm={() => {
                  onWithdraw(invitation);
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
