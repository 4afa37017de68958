/**
 * The event types an endpoint can subscribe to, in the order the API lists them (WebhookEventTypes.All on the
 * server). Written by hand because the OpenAPI document types them as plain strings (no enum), so `gen:api` has no
 * list to generate; the API validates them.
 */
export const WEBHOOK_EVENT_TYPES = [
  'invoice.finalized',
  'invoice.paid',
  'invoice.payment_reminded',
  'subscription.updated',
  'subscription.trial_will_end',
  'subscription.ended_unpaid',
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** An endpoint's event types in words: none named means every type. */
export const describeEventTypes = (types: readonly string[]) =>
  types.length === 0 ? 'All events' : types.join(', ');
