import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ApiBody, ApiResult } from '../../../api/types';
import { bettingKeys } from './betting-keys';

const RUNS = '/api/v1/betting/studies/backtests';
const RUN = '/api/v1/betting/studies/backtests/{id}';

export type BacktestRun = ApiResult<typeof RUN, 'get'>;
export type Backtest = NonNullable<BacktestRun['result']>;
export type BacktestBet = Backtest['items'][number];
export type BacktestRuleBody = ApiBody<typeof RUNS, 'post'>;

/** How often a queued or running backtest is asked for its progress. */
export const BACKTEST_POLL_MS = 1_000;

/** Whether `run` is still queued or running: polled, with its progress shown. */
export const isActive = (run: BacktestRun | undefined) =>
  run?.status === 'Queued' || run?.status === 'Running';

export const backtestRunQuery = (id: string) =>
  queryOptions({
    queryKey: bettingKeys.backtestRun(id),
    queryFn: async ({ signal }) => unwrap(await api.GET(RUN, { params: { path: { id } }, signal })),
    // A finished run never changes; an active one is polled for its progress.
    staleTime: (query) => (isActive(query.state.data) ? 0 : Infinity),
    refetchInterval: (query) => (isActive(query.state.data) ? BACKTEST_POLL_MS : false),
  });

/** The run `id` (none: idle), polled while it is queued or running. */
export const useBacktestRun = (id: string | null) =>
  useQuery({ ...backtestRunQuery(id ?? ''), enabled: id !== null });

/**
 * Starts a backtest: a short one comes back completed with its result, a long one queued. Either way the
 * run is put in the cache, so the panel shows it without asking again.
 */
export function useStartBacktest() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (rule: BacktestRuleBody) => unwrap(await api.POST(RUNS, { body: rule })),
    onSuccess: (run) => {
      qc.setQueryData(bettingKeys.backtestRun(run.id), run);
    },
  });
}

/** Deletes a run; a queued or running one stops. */
export function useCancelBacktest() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      unwrap(await api.DELETE(RUN, { params: { path: { id } } }));
      return id;
    },
    onSuccess: (id) => {
      qc.removeQueries({ queryKey: bettingKeys.backtestRun(id) });
    },
  });
}
