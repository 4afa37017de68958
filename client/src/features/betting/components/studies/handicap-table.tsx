import { formatDecimal, formatPercent } from '../../../../shared/format';
import type { MarketStudy } from '../../api/use-market-study';
import { snapshotLabel } from './labels';
import { studyColumns } from './study-columns';
import { StudyTable } from './study-table';

type Row = MarketStudy['asianHandicap'][number];
const c = studyColumns<Row>();

const COLUMNS = c.columns([
  c.accessor('bookmaker', { header: 'Bookmaker' }),
  c.accessor('snapshot', { header: 'Snapshot', cell: (i) => snapshotLabel(i.getValue()) }),
  c.accessor('selection', { header: 'Side' }),
  c.accessor('bets', { header: 'Bets' }),
  c.accessor('profit', { header: 'Profit', cell: (i) => formatDecimal(i.getValue()) }),
  c.accessor('roi', { header: 'ROI', cell: (i) => formatPercent(i.getValue()) }),
  c.accessor('won', { header: 'Won' }),
  c.accessor('halfWon', { header: 'Half won' }),
  c.accessor('push', { header: 'Push' }),
  c.accessor('halfLost', { header: 'Half lost' }),
  c.accessor('lost', { header: 'Lost' }),
]);

/** One unit on each side of every Asian handicap: ROI and how the bets ended. */
export function HandicapTable({ rows }: { rows: Row[] }) {
  return <StudyTable caption="Asian handicap" columns={COLUMNS} data={rows} />;
}
