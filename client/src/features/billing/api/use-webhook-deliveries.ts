import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { webhookDeliveryStatusValues } from '../../../api/schema';
import type { ApiQuery, ApiResult } from '../../../api/types';
import { listQuery } from '../../../shared/list-query';
import { useInvalidatingMutation } from '../../../shared/use-invalidating-mutation';
import { webhookKeys } from './use-webhook-endpoints';

type Path = '/api/v1/billing/webhook-endpoints/{id}/deliveries';

export type WebhookDelivery = ApiResult<Path, 'get'>['items'][number];
export type WebhookDeliveryStatus = WebhookDelivery['status'];
export type WebhookDeliveryQuery = ApiQuery<Path>;

/** The statuses the filter offers, in the document's order. */
export const WEBHOOK_DELIVERY_STATUSES: readonly WebhookDeliveryStatus[] = webhookDeliveryStatusValues;

export const isWebhookDeliveryStatus = (v: string): v is WebhookDeliveryStatus =>
  (WEBHOOK_DELIVERY_STATUSES as readonly string[]).includes(v);

/** How long a delivery can be replayed by hand (WebhookDelivery.ReplayWindow on the server). */
const REPLAY_DAYS = 30;

/** Whether the API would take a replay of `delivery` at `now`: not once it succeeded, nor after 30 days. */
export const canReplay = (delivery: WebhookDelivery, now: Date) =>
  delivery.status !== 'Succeeded' &&
  now.getTime() - new Date(delivery.createdAt).getTime() <= REPLAY_DAYS * 24 * 60 * 60 * 1000;

export const webhookDeliveriesQuery = (id: string, query: WebhookDeliveryQuery) =>
  listQuery([...webhookKeys, 'deliveries', id, query] as const, async (signal) =>
    unwrap(
      await api.GET('/api/v1/billing/webhook-endpoints/{id}/deliveries', {
        params: { path: { id }, query },
        signal,
      }),
    ),
  );

/** One page of an endpoint's delivery log, newest first; an unknown endpoint is a 404. */
export const useWebhookDeliveries = (id: string, query: WebhookDeliveryQuery) =>
  useQuery(webhookDeliveriesQuery(id, query));

/** Posts a delivery again within seconds: one more attempt for a failed one, the next one now for a pending one. */
export const useReplayWebhookDelivery = () =>
  useInvalidatingMutation(webhookKeys, async (deliveryId: string) => {
    unwrap(
      await api.POST('/api/v1/billing/webhook-endpoints/deliveries/{deliveryId}/replay', {
        params: { path: { deliveryId } },
      }),
    );
  });
