import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ApiResult } from '../../../api/types';
import { billingKeys } from './billing-keys';

export type PlanCatalogue = ApiResult<'/api/v1/billing/plans', 'get'>;
export type Plan = PlanCatalogue['plans'][number];
export type PlanPrice = Plan['prices'][number];
export type BillingInterval = PlanPrice['interval'];

/**
 * The plans on sale with every current price: one request for all currencies, so switching currency or
 * interval on the page is instant. Public: it needs no session.
 */
export const plansQuery = () =>
  queryOptions({
    queryKey: billingKeys.key('plans'),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/billing/plans', { signal })),
    // Prices change rarely (a new revision is an admin's deliberate act).
    staleTime: 5 * 60_000,
  });

export const usePlans = () => useQuery(plansQuery());
