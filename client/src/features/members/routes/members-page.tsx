import { PagedResults, ProblemAlert } from '../../../shared/ui';
import { useUrlPaging } from '../../../shared/use-url-paging';
import { useInvitations } from '../api/use-invitations';
import { InvitationsTable } from '../components/invitations-table';
import { InviteMemberSection } from '../components/invite-member-section';
import { useWithdrawInvitationNotice } from '../hooks/use-withdraw-invitation-notice';

const PAGE_SIZE = 20;

export function MembersPage() {
  const paging = useUrlPaging(PAGE_SIZE);
  const invitations = useInvitations({ page: paging.page, pageSize: PAGE_SIZE });
  const { withdraw, notice, clear, withdrawInvitation } = useWithdrawInvitationNotice();

  return (
    <>
      <h1>Members</h1>
      <p>
        Invite people to your organization. They register through the link and join with the role you pick.
      </p>

      <InviteMemberSection onSubmit={clear} />

      {notice && <p role="status">{notice}</p>}
      {withdraw.isError && (
        <ProblemAlert error={withdraw.error} context="Could not withdraw the invitation." />
      )}

      <h2>Invitations</h2>
      <PagedResults
        query={invitations}
        loadingLabel="Loading invitations"
        empty="No invitations yet. Invite someone above."
        paging={paging}
      >
        {(items) => (
          <InvitationsTable
            invitations={items}
            withdrawingId={withdraw.isPending ? withdraw.variables : null}
            onWithdraw={withdrawInvitation}
          />
        )}
      </PagedResults>
    </>
  );
}
