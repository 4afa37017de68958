import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ApiResult } from '../../../api/types';
import { bettingKeys } from './betting-keys';

export type Sport = ApiResult<'/api/v1/betting/sports', 'get'>['items'][number];

/** The organization's sports with their competitions, for the filters; an import adds to them. */
export const useSports = () =>
  useQuery({
    queryKey: bettingKeys.key('sports'),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/betting/sports', { signal })).items,
    staleTime: 60_000,
  });
