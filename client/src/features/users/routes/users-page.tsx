import { PagedResults } from '../../../shared/ui';
import { useCurrentUser } from '../../auth';
import { useUsers } from '../api/use-users';
import { UserActionFeedback } from '../components/user-action-feedback';
import { UserSearchForm } from '../components/user-search-form';
import { UsersTable } from '../components/users-table';
import { useUserActions } from '../hooks/use-user-actions';
import { useUsersParams } from '../hooks/use-users-params';

const PAGE_SIZE = 20;

export function UsersPage() {
  const { page, search, setSearch, setPage } = useUsersParams();
  const users = useUsers({ page, pageSize: PAGE_SIZE, ...(search ? { search } : {}) });
  const actions = useUserActions();
  const me = useCurrentUser();

  return (
    <>
      <h1>Users</h1>
      <UserSearchForm initial={search} onSearch={setSearch} />
      <UserActionFeedback actions={actions} />
      <PagedResults
        query={users}
        loadingLabel="Loading users"
        empty={search ? `No users match “${search}”.` : 'No users yet.'}
        paging={{ page, pageSize: PAGE_SIZE, onPageChange: setPage }}
      >
        {(items) => (
          <UsersTable
            users={items}
            currentUserId={me.data?.id}
            busyId={actions.busyId}
            onDeactivate={actions.deactivateUser}
            onReactivate={actions.reactivateUser}
            onEdit={actions.edit}
          />
        )}
      </PagedResults>
    </>
  );
}
