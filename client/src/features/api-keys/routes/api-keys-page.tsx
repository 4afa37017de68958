import { PagedResults, ProblemAlert } from '../../../shared/ui';
import { useApiKeys } from '../api/use-api-keys';
import { AllMembersToggle } from '../components/all-members-toggle';
import { ApiKeysTable } from '../components/api-keys-table';
import { CreateApiKeySection } from '../components/create-api-key-section';
import { useApiKeysParams } from '../hooks/use-api-keys-params';
import { useRevokeKey } from '../hooks/use-revoke-key';

const PAGE_SIZE = 20;

export function ApiKeysPage() {
  const { page, isAdmin, allMembers, showAllMembers, setPage } = useApiKeysParams();
  const keys = useApiKeys({ page, pageSize: PAGE_SIZE, ...(allMembers ? { allMembers } : {}) });
  const { revoke, notice, clearNotice, revokeKey } = useRevokeKey();

  return (
    <>
      <h1>API keys</h1>
      <p>
        Call the API from scripts with the header <code>X-Api-Key</code>. A key acts as you, but it cannot
        manage keys, passwords or members: that needs you signed in.
      </p>

      <CreateApiKeySection onSubmit={clearNotice} />

      {isAdmin && <AllMembersToggle checked={allMembers} onChange={showAllMembers} />}

      {notice && <p role="status">{notice}</p>}
      {revoke.isError && <ProblemAlert error={revoke.error} context="Could not revoke the key." />}

      <PagedResults
        query={keys}
        loadingLabel="Loading API keys"
        empty={
          allMembers ? 'Nobody in your organization has an API key.' : 'No API keys yet. Create one above.'
        }
        paging={{ page, pageSize: PAGE_SIZE, onPageChange: setPage }}
      >
        {(items) => (
          <ApiKeysTable
            keys={items}
            showOwner={allMembers}
            now={new Date()}
            revokingId={revoke.isPending ? revoke.variables : null}
            onRevoke={revokeKey}
          />
        )}
      </PagedResults>
    </>
  );
}
