import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ApiBody, ApiResult } from '../../../api/types';
import { useInvalidatingMutation } from '../../../shared/use-invalidating-mutation';
import { billingKeys } from './billing-keys';

type Path = '/api/v1/billing/webhook-endpoints';

export type WebhookEndpoint = ApiResult<Path, 'get'>['endpoints'][number];
export type CreateWebhookEndpointBody = ApiBody<Path, 'post'>;
export type UpdateWebhookEndpointBody = ApiBody<`${Path}/{id}`, 'put'>;
/** An endpoint with its signing secret, as registering or rotating answers: shown once. */
export type WebhookEndpointWithSecret = ApiResult<Path, 'post'>;

/** The most endpoints an organization registers (WebhookEndpoint.MaxPerOrganization on the server). */
export const MAX_WEBHOOK_ENDPOINTS = 16;

/** Every query of the endpoints and their deliveries: a change to an endpoint reloads them all. */
export const webhookKeys = billingKeys.key('webhooks');

export const webhookEndpointsQuery = () =>
  queryOptions({
    queryKey: [...webhookKeys, 'endpoints'] as const,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/billing/webhook-endpoints', { signal })),
  });

/** The organization's endpoints (Admins), oldest first; never their secrets. */
export const useWebhookEndpoints = () => useQuery(webhookEndpointsQuery());

export const useCreateWebhookEndpoint = () =>
  useInvalidatingMutation(webhookKeys, async (body: CreateWebhookEndpointBody) =>
    unwrap(await api.POST('/api/v1/billing/webhook-endpoints', { body })),
  );

/**
 * Changes an endpoint at the version read: a change made since is a 409. The endpoints load again either way, so
 * after a 409 the form shows what is stored now.
 */
export function useUpdateWebhookEndpoint() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id: string; body: UpdateWebhookEndpointBody }) =>
      unwrap(await api.PUT('/api/v1/billing/webhook-endpoints/{id}', { params: { path: { id } }, body })),
    onSettled: () => qc.invalidateQueries({ queryKey: webhookKeys }),
  });
}

export const useDeleteWebhookEndpoint = () =>
  useInvalidatingMutation(webhookKeys, async (id: string) => {
    unwrap(await api.DELETE('/api/v1/billing/webhook-endpoints/{id}', { params: { path: { id } } }));
  });

/** Makes a new secret, shown once; the previous one still signs for 24 hours. */
export const useRotateWebhookSecret = () =>
  useInvalidatingMutation(webhookKeys, async (id: string) =>
    unwrap(
      await api.POST('/api/v1/billing/webhook-endpoints/{id}/rotate-secret', { params: { path: { id } } }),
    ),
  );
