import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ApiResult } from '../../../api/types';
import { bettingKeys, type MarketStudyQuery } from './betting-keys';

export type MarketStudy = ApiResult<'/api/v1/betting/studies/market', 'get'>;

export const marketStudyQuery = (query: MarketStudyQuery) =>
  queryOptions({
    queryKey: bettingKeys.marketStudy(query),
    // Only an import changes the answer, and it invalidates every betting query: no refetch on focus.
    staleTime: Infinity,
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/betting/studies/market', { params: { query }, signal })),
  });

/** The market study of the filter last submitted; idle until the first one (`null`). */
export const useMarketStudy = (query: MarketStudyQuery | null) =>
  useQuery({ ...marketStudyQuery(query ?? {}), enabled: query !== null });
