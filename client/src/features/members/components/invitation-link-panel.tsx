import { ShownOncePanel } from '../../../shared/ui';
import type { CreatedInvitation } from '../api/use-invitation-mutations';

interface InvitationLinkPanelProps {
  created: CreatedInvitation;
  onClose: () => void;
}

function invitationLink(token: string): string {
  return `${window.location.origin}/register?invitation=${encodeURIComponent(token)}`;
}

/** Shows a new invitation's link exactly once; closing the panel forgets it. */
export function InvitationLinkPanel({ created, onClose }: InvitationLinkPanelProps) {
  return (
    <ShownOncePanel
      title={
        <>
          {created.invitation.email} invited as {created.invitation.role}
        </>
      }
      warning={
        <>
          Copy this link now and send it to {created.invitation.email}. It is shown only once and is valid for
          7 days.
        </>
      }
      label="Invitation link"
      value={invitationLink(created.token)}
      copiedMessage="Invitation link copied to clipboard."
      copyFailedMessage="Copy failed: select the link and copy it by hand."
      onClose={onClose}
    />
  );
}
