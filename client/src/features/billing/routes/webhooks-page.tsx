import { useState } from 'react';
import { EmptyState, ProblemAlert, Spinner } from '../../../shared/ui';
import { useWebhookEndpoints } from '../api/use-webhook-endpoints';
import { AddWebhookEndpointSection } from '../components/webhooks/add-webhook-endpoint-section';
import { EditWebhookEndpointDialog } from '../components/webhooks/edit-webhook-endpoint-dialog';
import { useWebhookEndpointActions } from '../components/webhooks/use-webhook-endpoint-actions';
import { WebhookEndpointsTable } from '../components/webhooks/webhook-endpoints-table';
import { WebhookSecretPanel } from '../components/webhooks/webhook-secret-panel';

/** `/billing/webhooks` (Admins): the URLs the organization's billing events are posted to. */
export function WebhooksPage() {
  const endpoints = useWebhookEndpoints();
  const actions = useWebhookEndpointActions();
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = endpoints.data?.endpoints.find((e) => e.id === editingId);

  return (
    <>
      <h1>Webhooks</h1>
      <p>
        We post your organization’s billing events (invoices finalized, paid or reminded; subscription
        changes) to these URLs as JSON, signed with the endpoint’s secret in the{' '}
        <code>CleanPlatform-Signature</code> header.
      </p>
      {endpoints.isPending ? (
        <Spinner label="Loading the endpoints" />
      ) : endpoints.isError ? (
        <>
          <ProblemAlert error={endpoints.error} context="Could not load the endpoints." />
          <button type="button" disabled={endpoints.isFetching} onClick={() => void endpoints.refetch()}>
            {endpoints.isFetching ? 'Trying again…' : 'Try again'}
          </button>
        </>
      ) : (
        <>
          <AddWebhookEndpointSection count={endpoints.data.endpoints.length} onSubmit={actions.clear} />
          <section aria-labelledby="endpoints-title">
            <h2 id="endpoints-title">Endpoints</h2>
            {actions.notice && (
              // The notice names a URL, which wraps rather than widen a phone's page.
              <p role="status" className="address">
                {actions.notice}
              </p>
            )}
            {actions.failure && <ProblemAlert {...actions.failure} />}
            {actions.rotated && (
              <WebhookSecretPanel shown={actions.rotated} rotated onClose={actions.closeRotated} />
            )}
            {editing && (
              <EditWebhookEndpointDialog
                endpoint={editing}
                onClose={() => {
                  setEditingId(null);
                }}
                onSaved={(saved) => {
                  setEditingId(null);
                  actions.setNotice(`Endpoint ${saved.url} saved.`);
                }}
              />
            )}
            {endpoints.data.endpoints.length === 0 ? (
              <EmptyState>No endpoints yet. Add one above.</EmptyState>
            ) : (
              <WebhookEndpointsTable
                endpoints={endpoints.data.endpoints}
                busyId={actions.busyId}
                onEdit={(e) => {
                  actions.clear();
                  setEditingId(e.id);
                }}
                onRotate={actions.rotateSecret}
                onDelete={actions.deleteEndpoint}
              />
            )}
          </section>
        </>
      )}
    </>
  );
}
