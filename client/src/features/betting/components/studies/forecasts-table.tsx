import { formatDecimal } from '../../../../shared/format';
import type { MarketStudy } from '../../api/use-market-study';
import { snapshotLabel } from './labels';
import { studyColumns } from './study-columns';
import { StudyTable } from './study-table';

type Row = MarketStudy['forecasts'][number];
const c = studyColumns<Row>();

const COLUMNS = c.columns([
  c.accessor('bookmaker', { header: 'Bookmaker' }),
  c.accessor('snapshot', { header: 'Snapshot', cell: (i) => snapshotLabel(i.getValue()) }),
  c.accessor('matches', { header: 'Matches' }),
  c.accessor('brier', { header: 'Brier score', cell: (i) => formatDecimal(i.getValue(), 4) }),
  c.accessor('logLoss', { header: 'Log-loss', cell: (i) => formatDecimal(i.getValue(), 4) }),
]);

/** How well the devigged 1X2 prices forecast the results (lower is better). */
export function ForecastsTable({ rows }: { rows: Row[] }) {
  return <StudyTable caption="Forecasts" columns={COLUMNS} data={rows} />;
}
