import { formatDateTime } from '../../../shared/format';
import type { Notification } from '../api/use-notifications';

export function NotificationList({ notifications }: { notifications: Notification[] }) {
  return (
    <ul className="notification-list" aria-label="Notifications">
      {notifications.map((n) => (
        <li key={n.id} className="card">
          <p>{n.message}</p>
          <time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
        </li>
      ))}
    </ul>
  );
}
