import { useState } from 'react';
import { useWithdrawInvitation } from '../api/use-invitation-mutations';
import type { Invitation } from '../api/use-invitations';

/** Withdraws a listed invitation and says so once it is done. */
export function useWithdrawInvitationNotice() {
  const withdraw = useWithdrawInvitation();
  const [notice, setNotice] = useState<string | null>(null);
  return {
    withdraw,
    notice,
    /** Forgets what the last withdrawal said, e.g. when an invitation is sent. */
    clear: () => {
      setNotice(null);
      withdraw.reset();
    },
    withdrawInvitation: (invitation: Invitation) => {
      setNotice(null);
      withdraw.mutate(invitation.id, {
        onSuccess: () => {
          setNotice(`Invitation for ${invitation.email} withdrawn.`);
        },
      });
    },
  };
}
