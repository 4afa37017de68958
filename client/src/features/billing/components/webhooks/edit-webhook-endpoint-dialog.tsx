import { Dialog, FormDialogActions, ProblemAlert } from '../../../../shared/ui';
import { useUpdateWebhookEndpoint, type WebhookEndpoint } from '../../api/use-webhook-endpoints';
import { toUpdateWebhookBody } from '../../api/webhook-endpoint-form';
import { WebhookEndpointForm } from './webhook-endpoint-form';

interface EditWebhookEndpointDialogProps {
  endpoint: WebhookEndpoint;
  onClose: () => void;
  onSaved: (endpoint: WebhookEndpoint) => void;
}

/**
 * Changes an endpoint at the version read: if it changed since, the API answers 409, nothing is written, and the form
 * starts again from what is stored now.
 */
export function EditWebhookEndpointDialog({ endpoint, onClose, onSaved }: EditWebhookEndpointDialogProps) {
  const update = useUpdateWebhookEndpoint();
  return (
    <Dialog title="Edit endpoint" onClose={onClose}>
      {update.isError && <ProblemAlert error={update.error} context="Could not save the endpoint." />}
      <WebhookEndpointForm
        // A new version (after a 409 reloads the endpoints) starts the form again from what is stored.
        key={endpoint.version}
        label="Edit endpoint"
        endpoint={endpoint}
        apiError={update.error}
        onSubmit={(values) => {
          update.mutate(
            { id: endpoint.id, body: toUpdateWebhookBody(values, endpoint) },
            { onSuccess: onSaved },
          );
        }}
        actions={
          <FormDialogActions
            submit="Save"
            pending="Saving…"
            isPending={update.isPending}
            onCancel={onClose}
          />
        }
      />
    </Dialog>
  );
}
