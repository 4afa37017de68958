import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { readPage } from '../../../shared/search-params';
import { useChosenValue } from '../../../shared/use-chosen-value';
import { EmptyState, Pager, ProblemAlert, Spinner } from '../../../shared/ui';
import { hasRole, useCurrentUser } from '../../auth';
import { type CreatedApiKey, useCreateApiKey, useRevokeApiKey } from '../api/use-api-key-mutations';
import { useApiKeys } from '../api/use-api-keys';
import { ApiKeysTable } from '../components/api-keys-table';
import { CreateApiKeyForm } from '../components/create-api-key-form';
import { SecretPanel } from '../components/secret-panel';

const PAGE_SIZE = 20;

export function ApiKeysPage() {
  const [params, setParams] = useSearchParams();
  const page = readPage(params);
  const me = useCurrentUser();
  const isAdmin = hasRole(me.data, 'Admin');
  const [allMembers, chooseAllMembers] = useChosenValue(isAdmin && params.get('all') === '1');
  const keys = useApiKeys({ page, pageSize: PAGE_SIZE, ...(allMembers ? { allMembers } : {}) });
  const create = useCreateApiKey();
  const revoke = useRevokeApiKey();
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <>
      <h1>API keys</h1>
      <p>
        Call the API from scripts with the header <code>X-Api-Key</code>. A key acts as you, but it cannot
        manage keys, passwords or members: that needs you signed in.
      </p>

      <section className="card" aria-labelledby="create-key-title">
        <h2 id="create-key-title">New key</h2>
        {create.isError && <ProblemAlert error={create.error} />}
        <CreateApiKeyForm
          pending={create.isPending}
          onSubmit={(body) => {
            setNotice(null);
            create.mutate(body, {
              onSuccess: (result) => {
                setCreated(result);
              },
            });
          }}
        />
      </section>

      {created && (
        <SecretPanel
          created={created}
          onClose={() => {
            setCreated(null);
            create.reset();
          }}
        />
      )}

      {isAdmin && (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={allMembers}
            onChange={(e) => {
              chooseAllMembers(e.target.checked);
              setParams(e.target.checked ? { all: '1' } : {});
            }}
          />
          Show every member’s keys
        </label>
      )}

      {notice && <p role="status">{notice}</p>}
      {revoke.isError && <ProblemAlert error={revoke.error} context="Could not revoke the key." />}

      {keys.isPending ? (
        <Spinner label="Loading API keys" />
      ) : keys.isError ? (
        <ProblemAlert error={keys.error} />
      ) : keys.data.items.length === 0 ? (
        <EmptyState>
          {allMembers ? 'Nobody in your organization has an API key.' : 'No API keys yet. Create one above.'}
        </EmptyState>
      ) : (
        <>
          <ApiKeysTable
            keys={keys.data.items}
            showOwner={allMembers}
            now={new Date()}
            revokingId={revoke.isPending ? revoke.variables : null}
            onRevoke={(key) => {
              setNotice(null);
              revoke.mutate(key.id, {
                onSuccess: () => {
                  setNotice(`Key “${key.name}” revoked.`);
                },
              });
            }}
          />
          <Pager
            page={page}
            pageSize={PAGE_SIZE}
            totalCount={keys.data.totalCount}
            onChange={(p) => {
              setParams({ page: String(p), ...(allMembers ? { all: '1' } : {}) });
            }}
          />
        </>
      )}
    </>
  );
}
