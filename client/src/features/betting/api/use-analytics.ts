import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ApiResult } from '../../../api/types';
import { bettingKeys, type AnalyticsQuery } from './betting-keys';

export type BettingSummary = ApiResult<'/api/v1/betting/analytics/summary', 'get'>;
export type BankrollSeries = ApiResult<'/api/v1/betting/analytics/bankroll-series', 'get'>;
export type BookmakerPerformance = ApiResult<'/api/v1/betting/analytics/bookmakers', 'get'>;
export type AgentPerformance = ApiResult<'/api/v1/betting/analytics/agents', 'get'>;
export type WinRate = ApiResult<'/api/v1/betting/analytics/win-rate', 'get'>;
export type PlacementHeatmap = ApiResult<'/api/v1/betting/analytics/heatmap', 'get'>;
export type Period = '7d' | '30d' | '90d' | 'all';
export const PERIODS: readonly Period[] = ['7d', '30d', '90d', 'all'];

export const summaryQuery = (query: AnalyticsQuery) =>
  queryOptions({
    queryKey: bettingKeys.analytics('summary', query),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/betting/analytics/summary', { params: { query }, signal })),
  });

export const useBettingSummary = (query: AnalyticsQuery) => useQuery(summaryQuery(query));

export const useBankrollSeries = (query: AnalyticsQuery) =>
  useQuery({
    queryKey: bettingKeys.analytics('bankroll-series', query),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/betting/analytics/bankroll-series', { params: { query }, signal })),
  });

export const useBookmakerPerformance = (query: AnalyticsQuery) =>
  useQuery({
    queryKey: bettingKeys.analytics('bookmakers', query),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/betting/analytics/bookmakers', { params: { query }, signal })),
  });

export const useAgentPerformance = (query: AnalyticsQuery) =>
  useQuery({
    queryKey: bettingKeys.analytics('agents', query),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/betting/analytics/agents', { params: { query }, signal })),
  });

export const useWinRate = (query: AnalyticsQuery & { bucket: 'week' | 'month' }) =>
  useQuery({
    queryKey: bettingKeys.analytics('win-rate', query),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/betting/analytics/win-rate', { params: { query }, signal })),
  });

export const useHeatmap = (query: AnalyticsQuery) =>
  useQuery({
    queryKey: bettingKeys.analytics('heatmap', query),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/betting/analytics/heatmap', { params: { query }, signal })),
  });
