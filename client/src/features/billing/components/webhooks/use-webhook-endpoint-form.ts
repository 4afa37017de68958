import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type UseFormRegisterReturn } from 'react-hook-form';
import { ProblemError } from '../../../../api/problem';
import {
  toWebhookFormValues,
  webhookEndpointSchema,
  type WebhookEndpointFormValues,
  type WebhookEndpointValues,
} from '../../api/webhook-endpoint-form';
import type { WebhookEndpoint } from '../../api/use-webhook-endpoints';

type FieldName = keyof WebhookEndpointFormValues;

/** One registered field and its message. */
export interface BoundField {
  props: UseFormRegisterReturn;
  error?: string | undefined;
}

/** What the API said of `name`: its 400s name fields as the body does, an item of a list as `eventTypes[0]`. */
function apiMessage(apiError: unknown, name: FieldName) {
  if (!(apiError instanceof ProblemError)) return undefined;
  const messages = Object.entries(apiError.errors)
    .filter(([key]) => key.replace(/\[\d+\]$/, '').toLowerCase() === name.toLowerCase())
    .flatMap(([, m]) => m);
  return messages.length > 0 ? messages.join(' ') : undefined;
}

/** An endpoint's form, starting from `endpoint` (or empty); `bind` gives each field its registration and message. */
export function useWebhookEndpointForm(endpoint: WebhookEndpoint | undefined, apiError: unknown) {
  const form = useForm<WebhookEndpointFormValues, unknown, WebhookEndpointValues>({
    resolver: zodResolver(webhookEndpointSchema),
    defaultValues: toWebhookFormValues(endpoint),
  });
  const bind = (name: FieldName): BoundField => {
    const own = form.formState.errors[name]?.message;
    return { props: form.register(name), error: own ?? apiMessage(apiError, name) };
  };
  return { form, bind };
}
