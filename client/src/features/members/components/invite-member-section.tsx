import { useState } from 'react';
import { ProblemAlert } from '../../../shared/ui';
import { useShownOnce } from '../../../shared/use-shown-once';
import { useInviteMember } from '../api/use-invitation-mutations';
import { InvitationLinkPanel } from './invitation-link-panel';
import { InviteMemberForm } from './invite-member-form';

interface InviteMemberSectionProps {
  /** Called as an invitation is sent, before the answer. */
  onSubmit: () => void;
}

/** The "Invite a member" card, then the new invitation's link, shown once. */
export function InviteMemberSection({ onSubmit }: InviteMemberSectionProps) {
  const invite = useInviteMember();
  const { shown: created, send, close } = useShownOnce(invite);
  // Bumped after a successful invitation so the form starts empty; a failed one keeps what was typed.
  const [formKey, setFormKey] = useState(0);

  return (
    <>
      <section className="card" aria-labelledby="invite-title">
        <h2 id="invite-title">Invite a member</h2>
        {invite.isError && <ProblemAlert error={invite.error} context="Could not send the invitation." />}
        <InviteMemberForm
          key={formKey}
          pending={invite.isPending}
          onSubmit={(body) => {
            onSubmit();
            send(body, () => {
              setFormKey((k) => k + 1);
            });
          }}
        />
      </section>

      {created && <InvitationLinkPanel created={created} onClose={close} />}
    </>
  );
}
