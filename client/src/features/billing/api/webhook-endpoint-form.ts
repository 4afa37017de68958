import { z } from 'zod';
import { WEBHOOK_EVENT_TYPES } from './webhook-event-types';
import type {
  CreateWebhookEndpointBody,
  UpdateWebhookEndpointBody,
  WebhookEndpoint,
} from './use-webhook-endpoints';

/**
 * An endpoint's fields with the API's length limits (WebhookEndpoint.UrlMaxLength, DescriptionMaxLength); whether a
 * URL is acceptable (https, or http to the server's own machine, without user information) is the API's to say.
 */
export const webhookEndpointSchema = z.object({
  url: z.string().trim().min(1, 'Enter the URL events are posted to.').max(2048, 'At most 2048 characters.'),
  description: z
    .string()
    .trim()
    .max(200, 'At most 200 characters.')
    .transform((text) => (text === '' ? null : text)),
  eventTypes: z.array(z.enum(WEBHOOK_EVENT_TYPES)),
  enabled: z.boolean(),
});

export type WebhookEndpointFormValues = z.input<typeof webhookEndpointSchema>;
export type WebhookEndpointValues = z.output<typeof webhookEndpointSchema>;

const isEventType = (t: string): t is (typeof WEBHOOK_EVENT_TYPES)[number] =>
  (WEBHOOK_EVENT_TYPES as readonly string[]).includes(t);

/** The form showing `endpoint`, or an empty, enabled one for a new endpoint. */
export const toWebhookFormValues = (endpoint?: WebhookEndpoint): WebhookEndpointFormValues => ({
  url: endpoint?.url ?? '',
  description: endpoint?.description ?? '',
  eventTypes: endpoint?.eventTypes.filter(isEventType) ?? [],
  enabled: endpoint?.enabled ?? true,
});

/** What registering sends: no event types named means every type. */
export const toCreateWebhookBody = (v: WebhookEndpointValues): CreateWebhookEndpointBody => ({
  url: v.url,
  description: v.description,
  eventTypes: v.eventTypes,
});

/** What changing `endpoint` sends: the fields as they should be, at the version read. */
export const toUpdateWebhookBody = (
  v: WebhookEndpointValues,
  endpoint: WebhookEndpoint,
): UpdateWebhookEndpointBody => ({
  ...toCreateWebhookBody(v),
  enabled: v.enabled,
  version: endpoint.version,
});
