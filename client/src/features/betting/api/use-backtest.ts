import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ApiResult } from '../../../api/types';
import { bettingKeys, type BacktestQuery } from './betting-keys';

export type Backtest = ApiResult<'/api/v1/betting/studies/backtest', 'get'>;
export type BacktestBet = Backtest['items'][number];

export const backtestQuery = (query: BacktestQuery) =>
  queryOptions({
    queryKey: bettingKeys.backtest(query),
    // Only an import changes the answer, and it invalidates every betting query: no refetch on focus.
    staleTime: Infinity,
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/betting/studies/backtest', { params: { query }, signal })),
  });

/** The backtest of the rule last submitted; idle until the first one (`null`). */
export const useBacktest = (query: BacktestQuery | null) =>
  useQuery({ ...backtestQuery(query ?? {}), enabled: query !== null });
