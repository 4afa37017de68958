import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ApiResult } from '../../../api/types';
import { bettingKeys } from './betting-keys';

export type OddsCollectionStatus = ApiResult<'/api/v1/betting/odds-collection', 'get'>;
export type OddsCollectionRun = ApiResult<'/api/v1/betting/odds-collection-runs', 'post'>;

export const oddsCollectionQuery = () =>
  queryOptions({
    queryKey: bettingKeys.oddsCollection(),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/betting/odds-collection', { signal })),
  });

export const useOddsCollection = () => useQuery(oddsCollectionQuery());

/**
 * Collects the odds now (Admins and Advisors). A run adds events and prices, so every betting query loads again;
 * a refused run (502) still records the credits the provider reported, so the status reloads either way.
 */
export function useCollectOddsNow() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/betting/odds-collection-runs')),
    onSettled: () => qc.invalidateQueries({ queryKey: bettingKeys.all }),
  });
}
