import { Facts } from '../../../shared/ui';
import type { ImportReport as Report } from '../api/use-import-football-data';
import { RejectionsTable } from './rejections-table';

type Count = Exclude<keyof Report, 'fileName' | 'rejections'>;

const COUNTS: readonly [Count, string][] = [
  ['rowsRead', 'Rows read'],
  ['eventsAdded', 'Events added'],
  ['eventsUpdated', 'Events updated'],
  ['snapshotsAdded', 'Prices added'],
  ['snapshotsAlreadyPresent', 'Prices already present'],
  ['skippedMarkets', 'Prices skipped'],
];

/** What one import did: the counts, then the rows it rejected. */
export function ImportReport({ report }: { report: Report }) {
  return (
    <section aria-labelledby="import-report-heading">
      <h2 id="import-report-heading">Imported {report.fileName}</h2>
      <Facts facts={COUNTS.map(([key, label]) => [label, report[key]])} />
      <RejectionsTable rejections={report.rejections} />
    </section>
  );
}
