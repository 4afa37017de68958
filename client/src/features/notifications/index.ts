export { notificationKeys } from './api/notification-keys';
export { notificationsNav } from './notifications-nav';
export { notificationsRoutes } from './routes/notifications-routes';
