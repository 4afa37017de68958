import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ApiResult } from '../../../api/types';
import { listQuery } from '../../../shared/list-query';
import { bettingKeys, type EventListQuery } from './betting-keys';

export type SportEvent = ApiResult<'/api/v1/betting/events', 'get'>['items'][number];

/** Events matching the search, to pick one to bet on. */
export const useEvents = (query: EventListQuery) =>
  useQuery(
    listQuery(bettingKeys.events(query), async (signal) =>
      unwrap(await api.GET('/api/v1/betting/events', { params: { query }, signal })),
    ),
  );
