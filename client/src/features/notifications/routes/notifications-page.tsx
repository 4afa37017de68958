import { useSearchParams } from 'react-router';
import { readPage } from '../../../shared/search-params';
import { EmptyState, Pager, ProblemAlert, Spinner } from '../../../shared/ui';
import { useNotifications } from '../api/use-notifications';
import { NotificationList } from '../components/notification-list';

const PAGE_SIZE = 20;

export function NotificationsPage() {
  const [params, setParams] = useSearchParams();
  const page = readPage(params);
  const notifications = useNotifications({ page, pageSize: PAGE_SIZE });

  return (
    <>
      <h1>Notifications</h1>
      {notifications.isPending ? (
        <Spinner label="Loading notifications" />
      ) : notifications.isError ? (
        <ProblemAlert error={notifications.error} />
      ) : notifications.data.items.length === 0 ? (
        <EmptyState>Nothing yet. You will hear here when someone you invited joins.</EmptyState>
      ) : (
        <>
          <NotificationList notifications={notifications.data.items} />
          <Pager
            page={page}
            pageSize={PAGE_SIZE}
            totalCount={notifications.data.totalCount}
            onChange={(p) => {
              setParams({ page: String(p) });
            }}
          />
        </>
      )}
    </>
  );
}
