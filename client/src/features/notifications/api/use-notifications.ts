import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ApiResult } from '../../../api/types';
import { listQuery } from '../../../shared/list-query';
import { notificationKeys, type NotificationsQuery } from './notification-keys';

export type Notification = ApiResult<'/api/v1/platform/notifications', 'get'>['items'][number];

/** Notifications arrive in the background a few seconds after what they tell of: look again now and then. */
const REFRESH_MS = 30_000;

export const notificationsQuery = (query: NotificationsQuery) => ({
  ...listQuery(notificationKeys.list(query), async (signal) =>
    unwrap(await api.GET('/api/v1/platform/notifications', { params: { query }, signal })),
  ),
  refetchInterval: REFRESH_MS,
});

export const useNotifications = (query: NotificationsQuery) => useQuery(notificationsQuery(query));
