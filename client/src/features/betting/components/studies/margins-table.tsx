import { formatPercent } from '../../../../shared/format';
import type { MarketStudy } from '../../api/use-market-study';
import { marketLabel, snapshotLabel } from './labels';
import { studyColumns } from './study-columns';
import { StudyTable } from './study-table';

type Row = MarketStudy['margins'][number];
const c = studyColumns<Row>();

const COLUMNS = c.columns([
  c.accessor('bookmaker', { header: 'Bookmaker' }),
  c.accessor('snapshot', { header: 'Snapshot', cell: (i) => snapshotLabel(i.getValue()) }),
  c.accessor('market', { header: 'Market', cell: (i) => marketLabel(i.getValue()) }),
  c.accessor('markets', { header: 'Markets' }),
  c.accessor('meanMargin', { header: 'Mean margin', cell: (i) => formatPercent(i.getValue()) }),
]);

/** Each bookmaker's mean margin per snapshot and market, lines pooled. */
export function MarginsTable({ rows }: { rows: Row[] }) {
  return <StudyTable caption="Margins" columns={COLUMNS} data={rows} />;
}
