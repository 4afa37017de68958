import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { ProblemError } from '../../../api/problem';
import type { ApiBody, ApiResult } from '../../../api/types';
import { billingKeys } from './billing-keys';
import type { BillingInterval } from './use-plans';

type Path = '/api/v1/billing/subscription';

export type Subscription = ApiResult<Path, 'get'>;
export type SubscriptionStatus = Subscription['status'];
export type PlanChangePreview = ApiResult<'/api/v1/billing/subscription/preview', 'get'>;
export type PlanChangeTiming = PlanChangePreview['timing'];
export type PlanChange = ApiResult<'/api/v1/billing/subscription/change', 'post'>;
export type SubscribeBody = ApiBody<Path, 'post'>;
export type ChangePlanBody = ApiBody<'/api/v1/billing/subscription/change', 'post'>;
export type CancelBody = ApiBody<'/api/v1/billing/subscription/cancel', 'post'>;

/** A plan and interval to subscribe or change to. */
export interface PlanChoice {
  planCode: string;
  interval: BillingInterval;
}

/** Whether `subscription` still bills (trialing, active or overdue); a canceled one has ended. */
export const isLive = (subscription: Subscription | null | undefined): subscription is Subscription =>
  subscription != null && subscription.status !== 'Canceled';

/** A 409 of a change, cancellation or resumption: the subscription changed since it was read. */
export const isVersionMismatch = (error: unknown) =>
  error instanceof ProblemError &&
  error.status === 409 &&
  (error.problem.code === undefined || error.problem.code === 'subscription.version_mismatch');

/** A 409 of a subscription: the billing details are not saved yet. */
export const isBillingCustomerMissing = (error: unknown) =>
  error instanceof ProblemError && error.status === 409 && error.problem.code === 'billing_customer.missing';

/**
 * The organization's subscription (every member), the live one or the last that ended; `null` when it never
 * subscribed: the API's 404 then is the Free plan, not an error.
 */
export const subscriptionQuery = () =>
  queryOptions({
    queryKey: billingKeys.key('subscription'),
    queryFn: async ({ signal }): Promise<Subscription | null> => {
      const result = await api.GET('/api/v1/billing/subscription', { signal });
      return result.response.status === 404 ? null : unwrap(result);
    },
  });

export const useSubscription = () => useQuery(subscriptionQuery());

/** What changing to `choice` would do now and bill at once; nothing is asked without a choice. */
export const planChangePreviewQuery = (choice: PlanChoice | undefined) =>
  queryOptions({
    queryKey: [...billingKeys.key('subscription-preview'), choice] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/billing/subscription/preview', { params: { query: choice }, signal })),
    enabled: choice !== undefined,
    // The proration moves with the clock: ask again for every preview shown.
    staleTime: 0,
    gcTime: 0,
  });

export const usePlanChangePreview = (choice: PlanChoice | undefined) =>
  useQuery(planChangePreviewQuery(choice));

/** A mutation whose answer is the subscription: it replaces what was read; invoices it issued list again. */
function useSubscriptionMutation<TVariables, TData>(
  mutationFn: (variables: TVariables) => Promise<TData>,
  subscriptionOf: (data: TData) => Subscription,
) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (data) => {
      qc.setQueryData(subscriptionQuery().queryKey, subscriptionOf(data));
      void qc.invalidateQueries({ queryKey: billingKeys.lists() });
    },
  });
}

/** Subscribes to a plan; `key` is made once per click, so a retry replays the first answer. */
export const useSubscribe = () =>
  useSubscriptionMutation(
    async ({ body, key }: { body: SubscribeBody; key: string }) =>
      unwrap(
        await api.POST('/api/v1/billing/subscription', {
          body,
          params: { header: { 'Idempotency-Key': key } },
        }),
      ),
    (subscription) => subscription,
  );

/**
 * Changes the plan or interval at the version read (a stale one is a 409); `key` is made once per confirmation,
 * so a retry bills nothing twice.
 */
export const useChangePlan = () =>
  useSubscriptionMutation(
    async ({ body, key }: { body: ChangePlanBody; key: string }) =>
      unwrap(
        await api.POST('/api/v1/billing/subscription/change', {
          body,
          params: { header: { 'Idempotency-Key': key } },
        }),
      ),
    (change) => change.subscription,
  );

/** Cancels at the end of the period, or now (without a refund), at the version read. */
export const useCancelSubscription = () =>
  useSubscriptionMutation(
    async (body: CancelBody) => unwrap(await api.POST('/api/v1/billing/subscription/cancel', { body })),
    (subscription) => subscription,
  );

/** Takes back a cancellation at the end of the period, at the version read. */
export const useResumeSubscription = () =>
  useSubscriptionMutation(
    async (version: number) =>
      unwrap(await api.POST('/api/v1/billing/subscription/resume', { body: { version } })),
    (subscription) => subscription,
  );
