import { useState } from 'react';
import { useShownOnce } from '../../../../shared/use-shown-once';
import {
  useDeleteWebhookEndpoint,
  useRotateWebhookSecret,
  type WebhookEndpoint,
} from '../../api/use-webhook-endpoints';

/** The endpoints' row actions: rotating a secret (shown once), deleting, and what the last one did. */
export function useWebhookEndpointActions() {
  const rotate = useRotateWebhookSecret();
  const rotated = useShownOnce(rotate);
  const remove = useDeleteWebhookEndpoint();
  const [notice, setNotice] = useState<string | null>(null);
  const clear = () => {
    setNotice(null);
    rotate.reset();
    remove.reset();
  };
  return {
    notice,
    setNotice,
    clear,
    failure: rotate.isError
      ? { error: rotate.error, context: 'Could not rotate the secret.' }
      : remove.isError
        ? { error: remove.error, context: 'Could not delete the endpoint.' }
        : null,
    busyId: (rotate.isPending ? rotate.variables : remove.isPending ? remove.variables : null) ?? null,
    rotated: rotated.shown,
    closeRotated: rotated.close,
    rotateSecret: (endpoint: WebhookEndpoint) => {
      clear();
      rotated.send(endpoint.id);
    },
    deleteEndpoint: (endpoint: WebhookEndpoint) => {
      clear();
      remove.mutate(endpoint.id, {
        onSuccess: () => {
          setNotice(`Endpoint ${endpoint.url} deleted.`);
        },
      });
    },
  };
}
