import { DataTable } from '../../../shared/ui';
import type { ImportReport } from '../api/use-import-football-data';

const COLUMNS = ['Line', 'Column', 'Reason'] as const;

/** Rows the import left out, with the file's line (the header is line 1) and why. */
export function RejectionsTable({ rejections }: { rejections: ImportReport['rejections'] }) {
  if (rejections.length === 0) return <p>No rejected rows.</p>;
  return (
    <>
      <h3>Rejected rows</h3>
      <DataTable caption="Rejected rows" columns={COLUMNS}>
        {rejections.map((r, i) => (
          <tr key={`${String(r.lineNumber)}-${String(i)}`}>
            <td>{r.lineNumber}</td>
            <td>{r.column || '—'}</td>
            <td>{r.reason}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
