import { useState } from 'react';
import { formatDate } from '../../../shared/format';
import type { Invitation } from '../api/use-invitations';

interface InvitationsTableProps {
  invitations: Invitation[];
  withdrawingId: string | null;
  onWithdraw: (invitation: Invitation) => void;
}

export function InvitationsTable({ invitations, withdrawingId, onWithdraw }: InvitationsTableProps) {
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <table className="table">
      <caption className="visually-hidden">Invitations</caption>
      <thead>
        <tr>
          <th scope="col">Email</th>
          <th scope="col">Role</th>
          <th scope="col">Status</th>
          <th scope="col">Sent</th>
          <th scope="col">Expires</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {invitations.map((invitation) => (
          <tr key={invitation.id}>
            <td>{invitation.email}</td>
            <td>{invitation.role}</td>
            <td>{invitation.status}</td>
            <td>{formatDate(invitation.createdAt)}</td>
            <td>{formatDate(invitation.expiresAt)}</td>
            <td className="actions">
              {invitation.status !== 'Pending' ? null : confirming === invitation.id ? (
                <span role="group" aria-label={`Confirm withdrawing the invitation for ${invitation.email}`}>
                  <span>Withdraw the invitation for {invitation.email}? The link stops working.</span>{' '}
                  <button
                    type="button"
                    className="danger"
                    disabled={withdrawingId === invitation.id}
                    onClick={() => {
                      onWithdraw(invitation);
                      setConfirming(null);
                    }}
                  >
                    Yes, withdraw
                  </button>{' '}
                  <button
                    type="button"
                    onClick={() => {
                      setConfirming(null);
                    }}
                  >
                    Cancel
                  </button>
                </span>
              ) : (
                <button
                  type="button"
                  aria-label={`Withdraw invitation for ${invitation.email}`}
                  disabled={withdrawingId === invitation.id}
                  onClick={() => {
                    setConfirming(invitation.id);
                  }}
                >
                  Withdraw
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
