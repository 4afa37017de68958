import { Link } from 'react-router';
import { formatDateTime } from '../../../../shared/format';
import { ConfirmButton } from '../../../../shared/ui';
import type { WebhookEndpoint } from '../../api/use-webhook-endpoints';
import { describeEventTypes } from '../../api/webhook-event-types';

/** A row's action that asks first. */
export type RowAction = 'rotate' | 'delete';

interface WebhookEndpointRowProps {
  endpoint: WebhookEndpoint;
  /** A request of this row is running. */
  busy: boolean;
  /** The action this row is asking to confirm, if any. */
  confirming: RowAction | null;
  onConfirmingChange: (action: RowAction | null) => void;
  onEdit: () => void;
  onRotate: () => void;
  onDelete: () => void;
}

/** One endpoint: where, what for, which events, whether on; its delivery log, edit, rotate and delete. */
export function WebhookEndpointRow({ endpoint: e, busy, confirming, ...on }: WebhookEndpointRowProps) {
  const confirm = (action: RowAction, run: () => void) => ({
    confirming: confirming === action,
    disabled: busy,
    onStart: () => {
      on.onConfirmingChange(action);
    },
    onCancel: () => {
      on.onConfirmingChange(null);
    },
    onConfirm: () => {
      run();
      on.onConfirmingChange(null);
    },
  });
  return (
    <tr>
      <td className="address">{e.url}</td>
      <td>{e.description ?? '—'}</td>
      <td>{describeEventTypes(e.eventTypes)}</td>
      <td>
        {e.enabled ? 'Enabled' : 'Disabled'}
        {e.disabledReason && <span className="small-print"> {e.disabledReason}</span>}
        {e.previousSecretExpiresAt && (
          <span className="small-print">
            {' '}
            Previous secret valid until {formatDateTime(e.previousSecretExpiresAt)}.
          </span>
        )}
      </td>
      <td>{formatDateTime(e.createdAt)}</td>
      <td>
        <Link to={`/billing/webhooks/${e.id}`} aria-label={`Deliveries to ${e.url}`}>
          Deliveries
        </Link>{' '}
        <button type="button" aria-label={`Edit ${e.url}`} disabled={busy} onClick={on.onEdit}>
          Edit
        </button>{' '}
        <ConfirmButton
          label="Rotate secret"
          ariaLabel={`Rotate secret of ${e.url}`}
          confirmGroupLabel={`Confirm rotating the secret of ${e.url}`}
          question="Make a new signing secret? The current one stays valid for 24 hours."
          confirmLabel="Yes, rotate"
          {...confirm('rotate', on.onRotate)}
        />{' '}
        <ConfirmButton
          label="Delete"
          ariaLabel={`Delete ${e.url}`}
          confirmGroupLabel={`Confirm deleting ${e.url}`}
          question="Delete this endpoint and its delivery log? Nothing more is posted to it."
          confirmLabel="Yes, delete"
          {...confirm('delete', on.onDelete)}
        />
      </td>
    </tr>
  );
}
