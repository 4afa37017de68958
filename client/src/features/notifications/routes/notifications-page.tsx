import { PagedResults } from '../../../shared/ui';
import { useUrlPaging } from '../../../shared/use-url-paging';
import { useNotifications } from '../api/use-notifications';
import { NotificationList } from '../components/notification-list';

const PAGE_SIZE = 20;

export function NotificationsPage() {
  const paging = useUrlPaging(PAGE_SIZE);
  const notifications = useNotifications({ page: paging.page, pageSize: PAGE_SIZE });

  return (
    <>
      <h1>Notifications</h1>
      <PagedResults
        query={notifications}
        loadingLabel="Loading notifications"
        empty="Nothing yet. You will hear here when someone you invited joins."
        paging={paging}
      >
        {(items) => <NotificationList notifications={items} />}
      </PagedResults>
    </>
  );
}
