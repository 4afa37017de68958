import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ApiResult } from '../../../api/types';
import { billingKeys } from './billing-keys';

export type MeteredUsage = ApiResult<'/api/v1/billing/usage', 'get'>;
export type MeterUsage = MeteredUsage['meters'][number];
export type Meter = ApiResult<'/api/v1/billing/meters', 'get'>['items'][number];
export type MeterAggregation = Meter['aggregation'];

export const meteredUsageQuery = () =>
  queryOptions({
    queryKey: [...billingKeys.key('usage'), 'current'] as const,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/billing/usage', { signal })),
  });

/** The organization's usage in the current billing period, one entry per meter (every member). */
export const useMeteredUsage = () => useQuery(meteredUsageQuery());

export const metersQuery = () =>
  queryOptions({
    queryKey: [...billingKeys.key('usage'), 'meters'] as const,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/billing/meters', { signal })),
  });

/** The meters usage events count towards: the same for every organization. */
export const useMeters = () => useQuery(metersQuery());
