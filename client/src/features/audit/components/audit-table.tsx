import { formatDateTime } from '../../../shared/format';
import { DataTable } from '../../../shared/ui';
import type { AuditEntry } from '../api/use-audit-entries';

const COLUMNS = ['Time', 'User', 'Action', 'Entity', 'Outcome', 'Error'] as const;

/** Who acted: the user, or the background work that acted on its own ("system: PurgeEndedInvitations"). */
function actorOf(entry: AuditEntry): string {
  if (entry.userEmail) return entry.userEmail;
  if (entry.systemName) return `system: ${entry.systemName}`;
  return entry.userId ?? 'Anonymous';
}

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  return (
    <DataTable caption="Audit log" columns={COLUMNS}>
      {entries.map((entry) => (
        <tr key={entry.id}>
          <td>
            <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time>
          </td>
          <td>{actorOf(entry)}</td>
          <td>{entry.action}</td>
          <td>
            {entry.entityType ? `${entry.entityType}${entry.entityId ? ` ${entry.entityId}` : ''}` : '—'}
          </td>
          <td className={entry.outcome === 'Failed' ? 'outcome-failed' : 'outcome-ok'}>{entry.outcome}</td>
          <td>{entry.error ?? ''}</td>
        </tr>
      ))}
    </DataTable>
  );
}
