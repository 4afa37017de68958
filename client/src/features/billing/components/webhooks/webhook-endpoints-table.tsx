import { useState } from 'react';
import { DataTable } from '../../../../shared/ui';
import type { WebhookEndpoint } from '../../api/use-webhook-endpoints';
import { WebhookEndpointRow, type RowAction } from './webhook-endpoint-row';

const COLUMNS = ['URL', 'Description', 'Event types', 'Status', 'Created'] as const;

interface WebhookEndpointsTableProps {
  endpoints: WebhookEndpoint[];
  /** The endpoint a request is running for, if any. */
  busyId: string | null;
  onEdit: (endpoint: WebhookEndpoint) => void;
  onRotate: (endpoint: WebhookEndpoint) => void;
  onDelete: (endpoint: WebhookEndpoint) => void;
}

/** The endpoints, each with its actions; it scrolls sideways in its own region on a phone. */
export function WebhookEndpointsTable({ endpoints, busyId, ...on }: WebhookEndpointsTableProps) {
  // One row, and one of its actions, at a time asks to confirm.
  const [confirming, setConfirming] = useState<{ id: string; action: RowAction } | null>(null);
  return (
    <DataTable caption="Webhook endpoints" columns={COLUMNS} actions>
      {endpoints.map((endpoint) => (
        <WebhookEndpointRow
          key={endpoint.id}
          endpoint={endpoint}
          busy={busyId === endpoint.id}
          confirming={confirming?.id === endpoint.id ? confirming.action : null}
          onConfirmingChange={(action) => {
            setConfirming(action ? { id: endpoint.id, action } : null);
          }}
          onEdit={() => {
            on.onEdit(endpoint);
          }}
          onRotate={() => {
            on.onRotate(endpoint);
          }}
          onDelete={() => {
            on.onDelete(endpoint);
          }}
        />
      ))}
    </DataTable>
  );
}
