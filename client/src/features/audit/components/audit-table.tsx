import { formatDateTime } from '../../../shared/format';
import type { AuditEntry } from '../api/use-audit-entries';

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  return (
    <table className="table">
      <caption className="visually-hidden">Audit log</caption>
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col">User</th>
          <th scope="col">Action</th>
          <th scope="col">Entity</th>
          <th scope="col">Outcome</th>
          <th scope="col">Error</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <td>
              <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time>
            </td>
            <td>{entry.userEmail ?? entry.userId ?? 'Anonymous'}</td>
            <td>{entry.action}</td>
            <td>
              {entry.entityType ? `${entry.entityType}${entry.entityId ? ` ${entry.entityId}` : ''}` : '—'}
            </td>
            <td className={entry.outcome === 'Failed' ? 'outcome-failed' : 'outcome-ok'}>{entry.outcome}</td>
            <td>{entry.error ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
