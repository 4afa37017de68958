import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ApiResult } from '../../../api/types';
import { notificationKeys, type NotificationsQuery } from './notification-keys';

export type Notification = ApiResult<'/api/v1/platform/notifications', 'get'>['items'][number];

/** Notifications arrive in the background a few seconds after what they tell of: look again now and then. */
const REFRESH_MS = 30_000;

export const notificationsQuery = (query: NotificationsQuery) =>
  queryOptions({
    queryKey: notificationKeys.list(query),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/platform/notifications', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    refetchInterval: REFRESH_MS,
  });

export const useNotifications = (query: NotificationsQuery) => useQuery(notificationsQuery(query));
