import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { readPage } from '../../../shared/search-params';
import { EmptyState, Pager, ProblemAlert, Spinner } from '../../../shared/ui';
import {
  type CreatedInvitation,
  useInviteMember,
  useWithdrawInvitation,
} from '../api/use-invitation-mutations';
import { useInvitations } from '../api/use-invitations';
import { InvitationLinkPanel } from '../components/invitation-link-panel';
import { InvitationsTable } from '../components/invitations-table';
import { InviteMemberForm } from '../components/invite-member-form';

const PAGE_SIZE = 20;

export function MembersPage() {
  const [params, setParams] = useSearchParams();
  const page = readPage(params);
  const invitations = useInvitations({ page, pageSize: PAGE_SIZE });
  const invite = useInviteMember();
  const withdraw = useWithdrawInvitation();
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // Bumped after a successful invitation so the form starts empty; a failed one keeps what was typed.
  const [formKey, setFormKey] = useState(0);

  return (
    <>
      <h1>Members</h1>
      <p>
        Invite people to your organization. They register through the link and join with the role you pick.
      </p>

      <section className="card" aria-labelledby="invite-title">
        <h2 id="invite-title">Invite a member</h2>
        {invite.isError && <ProblemAlert error={invite.error} context="Could not send the invitation." />}
        <InviteMemberForm
          key={formKey}
          pending={invite.isPending}
          onSubmit={(body) => {
            setNotice(null);
            withdraw.reset();
            invite.mutate(body, {
              onSuccess: (result) => {
                setCreated(result);
                setFormKey((k) => k + 1);
              },
            });
          }}
        />
      </section>

      {created && (
        <InvitationLinkPanel
          created={created}
          onClose={() => {
            setCreated(null);
            invite.reset();
          }}
        />
      )}

      {notice && <p role="status">{notice}</p>}
      {withdraw.isError && (
        <ProblemAlert error={withdraw.error} context="Could not withdraw the invitation." />
      )}

      <h2>Invitations</h2>
      {invitations.isPending ? (
        <Spinner label="Loading invitations" />
      ) : invitations.isError ? (
        <ProblemAlert error={invitations.error} />
      ) : invitations.data.items.length === 0 ? (
        <EmptyState>No invitations yet. Invite someone above.</EmptyState>
      ) : (
        <>
          <InvitationsTable
            invitations={invitations.data.items}
            withdrawingId={withdraw.isPending ? withdraw.variables : null}
            onWithdraw={(invitation) => {
              setNotice(null);
              withdraw.mutate(invitation.id, {
                onSuccess: () => {
                  setNotice(`Invitation for ${invitation.email} withdrawn.`);
                },
              });
            }}
          />
          <Pager
            page={page}
            pageSize={PAGE_SIZE}
            totalCount={invitations.data.totalCount}
            onChange={(p) => {
              setParams({ page: String(p) });
            }}
          />
        </>
      )}
    </>
  );
}
