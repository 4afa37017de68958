import { useState } from 'react';
import { ProblemAlert } from '../../../../shared/ui';
import { useShownOnce } from '../../../../shared/use-shown-once';
import { MAX_WEBHOOK_ENDPOINTS, useCreateWebhookEndpoint } from '../../api/use-webhook-endpoints';
import { toCreateWebhookBody } from '../../api/webhook-endpoint-form';
import { WebhookEndpointForm } from './webhook-endpoint-form';
import { WebhookSecretPanel } from './webhook-secret-panel';

interface AddWebhookEndpointSectionProps {
  /** How many endpoints the organization has: at the limit, none can be added. */
  count: number;
  /** Called as an endpoint is requested, before the answer. */
  onSubmit: () => void;
}

/** The "Add an endpoint" card, then the new endpoint's secret, shown once. */
export function AddWebhookEndpointSection({ count, onSubmit }: AddWebhookEndpointSectionProps) {
  const create = useCreateWebhookEndpoint();
  const { shown, send, close } = useShownOnce(create);
  // A new form after each endpoint added: it starts empty again.
  const [added, setAdded] = useState(0);
  const full = count >= MAX_WEBHOOK_ENDPOINTS;

  return (
    <>
      {shown && <WebhookSecretPanel shown={shown} rotated={false} onClose={close} />}
      <section className="card" aria-labelledby="add-endpoint-title">
        <h2 id="add-endpoint-title">Add an endpoint</h2>
        {full ? (
          <p>
            Your organization has {MAX_WEBHOOK_ENDPOINTS} endpoints, the most it can have: delete one to add
            another.
          </p>
        ) : (
          <>
            {create.isError && <ProblemAlert error={create.error} context="Could not add the endpoint." />}
            <WebhookEndpointForm
              key={added}
              label="Add an endpoint"
              apiError={create.error}
              onSubmit={(values) => {
                onSubmit();
                send(toCreateWebhookBody(values), () => {
                  setAdded((n) => n + 1);
                });
              }}
              actions={
                <button type="submit" disabled={create.isPending}>
                  {create.isPending ? 'Adding…' : 'Add endpoint'}
                </button>
              }
            />
          </>
        )}
      </section>
    </>
  );
}
