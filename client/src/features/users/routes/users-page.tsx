import { useState, type SubmitEvent } from 'react';
import { useSearchParams } from 'react-router';
import { compactParams, readPage } from '../../../shared/search-params';
import { EmptyState, Pager, ProblemAlert, Spinner } from '../../../shared/ui';
import { useCurrentUser } from '../../auth';
import { useDeactivateUser, useReactivateUser } from '../api/use-user-mutations';
import { type User, useSetUserRoles, useUsers } from '../api/use-users';
import { RolesEditor } from '../components/roles-editor';
import { UsersTable } from '../components/users-table';

const PAGE_SIZE = 20;

export function UsersPage() {
  const [params, setParams] = useSearchParams();
  const page = readPage(params);
  const search = params.get('search') ?? '';
  const users = useUsers({ page, pageSize: PAGE_SIZE, ...(search ? { search } : {}) });
  const setRoles = useSetUserRoles();
  const deactivate = useDeactivateUser();
  const reactivate = useReactivateUser();
  const me = useCurrentUser();
  const [editing, setEditing] = useState<User | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [draft, setDraft] = useState(search);

  const submitSearch = (e: SubmitEvent) => {
    e.preventDefault();
    setParams(compactParams({ search: draft }));
  };

  return (
    <>
      <h1>Users</h1>
      <form role="search" onSubmit={submitSearch} className="form form-inline">
        <label>
          Search users
          <input
            type="search"
            value={draft}
            onChange={(e) => {
              setDraft(e.target.value);
            }}
          />
        </label>
        <button type="submit">Search</button>
      </form>

      {notice && <p role="status">{notice}</p>}
      {setRoles.isError && <ProblemAlert error={setRoles.error} context="Could not save roles." />}
      {deactivate.isError && (
        <ProblemAlert error={deactivate.error} context="Could not deactivate the user." />
      )}
      {reactivate.isError && (
        <ProblemAlert error={reactivate.error} context="Could not reactivate the user." />
      )}
      {editing && (
        <RolesEditor
          key={editing.id}
          user={editing}
          pending={setRoles.isPending}
          onCancel={() => {
            setEditing(null);
          }}
          onSave={(roles) => {
            setNotice(null);
            setRoles.mutate(
              { id: editing.id, roles },
              {
                onSuccess: (saved) => {
                  setEditing(null);
                  setNotice(`Roles of ${saved.email} saved.`);
                },
              },
            );
          }}
        />
      )}

      {users.isPending ? (
        <Spinner label="Loading users" />
      ) : users.isError ? (
        <ProblemAlert error={users.error} />
      ) : users.data.items.length === 0 ? (
        <EmptyState>{search ? `No users match “${search}”.` : 'No users yet.'}</EmptyState>
      ) : (
        <>
          <UsersTable
            users={users.data.items}
            currentUserId={me.data?.id}
            busyId={
              deactivate.isPending ? deactivate.variables : reactivate.isPending ? reactivate.variables : null
            }
            onDeactivate={(user) => {
              setNotice(null);
              reactivate.reset();
              deactivate.mutate(user.id, {
                onSuccess: (saved) => {
                  setNotice(`${saved.email} deactivated.`);
                },
              });
            }}
            onReactivate={(user) => {
              setNotice(null);
              deactivate.reset();
              reactivate.mutate(user.id, {
                onSuccess: (saved) => {
                  setNotice(`${saved.email} reactivated.`);
                },
              });
            }}
            onEdit={(user) => {
              setRoles.reset();
              setNotice(null);
              setEditing(user);
            }}
          />
          <Pager
            page={page}
            pageSize={PAGE_SIZE}
            totalCount={users.data.totalCount}
            onChange={(p) => {
              setParams(compactParams({ search, page: String(p) }));
            }}
          />
        </>
      )}
    </>
  );
}
