import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { BillingCustomer, BillingCustomerBody } from './billing-customer-form';
import { billingKeys } from './billing-keys';

/**
 * The organization's billing details (Admins), or `null` before the first save: the API's 404 then is
 * the normal "not set up yet", not an error.
 */
export const billingCustomerQuery = () =>
  queryOptions({
    queryKey: billingKeys.key('customer'),
    queryFn: async ({ signal }): Promise<BillingCustomer | null> => {
      const result = await api.GET('/api/v1/billing/customer', { signal });
      return result.response.status === 404 ? null : unwrap(result);
    },
  });

/** The billing details; `enabled: false` asks nothing (a page that needs them only sometimes). */
export const useBillingCustomer = (enabled = true) => useQuery({ ...billingCustomerQuery(), enabled });

/**
 * Saves the billing details at the version read (a stale one is a 409); the details the API answers with,
 * and their new version, replace what was read.
 */
export function useSaveBillingCustomer() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: BillingCustomerBody) =>
      unwrap(await api.PUT('/api/v1/billing/customer', { body })),
    onSuccess: (saved) => {
      qc.setQueryData(billingCustomerQuery().queryKey, saved);
    },
  });
}
