import { formatDecimal, formatPercent } from '../../../../shared/format';
import type { MarketStudy } from '../../api/use-market-study';
import { snapshotLabel } from './labels';
import { studyColumns } from './study-columns';
import { StudyTable } from './study-table';

type Row = MarketStudy['favourites'][number];
const c = studyColumns<Row>();

const COLUMNS = c.columns([
  c.accessor('bookmaker', { header: 'Bookmaker' }),
  c.accessor('snapshot', { header: 'Snapshot', cell: (i) => snapshotLabel(i.getValue()) }),
  c.accessor('matches', { header: 'Matches' }),
  c.accessor('wins', { header: 'Wins' }),
  c.accessor('share', { header: 'Win share', cell: (i) => formatPercent(i.getValue()) }),
  c.accessor('profit', { header: 'Profit', cell: (i) => formatDecimal(i.getValue()) }),
  c.accessor('roi', { header: 'ROI', cell: (i) => formatPercent(i.getValue()) }),
  c.accessor('ties', { header: 'Ties' }),
]);

/** How often the favourite won, and one unit on it every match; ties have no favourite. */
export function FavouritesTable({ rows }: { rows: Row[] }) {
  return <StudyTable caption="Favourites" columns={COLUMNS} data={rows} />;
}
