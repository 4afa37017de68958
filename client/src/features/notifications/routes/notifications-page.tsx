import { useSearchParams } from 'react-router';
import { readPage } from '../../../shared/search-params';
import { PagedResults } from '../../../shared/ui';
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
      <PagedResults
        query={notifications}
        loadingLabel="Loading notifications"
        empty="Nothing yet. You will hear here when someone you invited joins."
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={(p) => {
          setParams({ page: String(p) });
        }}
      >
        {(items) => <NotificationList notifications={items} />}
      </PagedResults>
    </>
  );
}
