import type { ApiQuery } from '../../../api/types';
import { createQueryKeys } from '../../../shared/query-keys';

export type NotificationsQuery = ApiQuery<'/api/v1/platform/notifications'>;

export const notificationKeys = createQueryKeys<NotificationsQuery>('notifications');
