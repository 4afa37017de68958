import { formatDateTime } from '../../../../shared/format';
import { DataTable } from '../../../../shared/ui';
import { canReplay, type WebhookDelivery } from '../../api/use-webhook-deliveries';

const COLUMNS = [
  'Event type',
  'Event id',
  'Status',
  'Attempts',
  'Last answer',
  'Last attempt',
  'Next attempt',
  'Succeeded',
  'Created',
] as const;

/** The last attempt's HTTP status and error, as far as there were any. */
const lastAnswer = (d: WebhookDelivery) =>
  [d.lastStatusCode == null ? null : `HTTP ${String(d.lastStatusCode)}`, d.lastError]
    .filter(Boolean)
    .join(': ') || '—';

interface WebhookDeliveriesTableProps {
  deliveries: WebhookDelivery[];
  now: Date;
  /** The delivery a replay is running for, if any. */
  replayingId: string | null;
  onReplay: (delivery: WebhookDelivery) => void;
}

/** One page of a delivery log; a Replay button where the API would take one. */
export function WebhookDeliveriesTable({
  deliveries,
  now,
  replayingId,
  onReplay,
}: WebhookDeliveriesTableProps) {
  return (
    <DataTable caption="Deliveries" columns={COLUMNS} actions>
      {deliveries.map((d) => (
        <tr key={d.id}>
          <td>
            <code>{d.eventType}</code>
          </td>
          <td>
            <code>{d.eventId}</code>
          </td>
          <td>{d.status}</td>
          <td className="amount">{d.attempts}</td>
          <td>{lastAnswer(d)}</td>
          <td>{formatDateTime(d.lastAttemptAt)}</td>
          <td>{formatDateTime(d.nextAttemptAt)}</td>
          <td>{formatDateTime(d.succeededAt)}</td>
          <td>{formatDateTime(d.createdAt)}</td>
          <td>
            {canReplay(d, now) && (
              <button
                type="button"
                aria-label={`Replay ${d.eventType} ${d.eventId}`}
                disabled={replayingId === d.id}
                onClick={() => {
                  onReplay(d);
                }}
              >
                Replay
              </button>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
