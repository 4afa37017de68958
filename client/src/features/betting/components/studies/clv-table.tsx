import { formatPercent } from '../../../../shared/format';
import type { MarketStudy } from '../../api/use-market-study';
import { marketLabel, snapshotLabel } from './labels';
import { studyColumns } from './study-columns';
import { StudyTable } from './study-table';

type Row = MarketStudy['closingLineValue'][number];
const c = studyColumns<Row>();

const COLUMNS = c.columns([
  c.accessor('bookmaker', { header: 'Bookmaker' }),
  c.accessor('snapshot', { header: 'Snapshot', cell: (i) => snapshotLabel(i.getValue()) }),
  c.accessor('market', { header: 'Market', cell: (i) => marketLabel(i.getValue()) }),
  c.accessor('selection', { header: 'Outcome' }),
  c.accessor('bets', { header: 'Bets' }),
  c.accessor('meanRaw', { header: 'Raw CLV', cell: (i) => formatPercent(i.getValue()) }),
  c.accessor('meanFair', { header: 'Fair CLV', cell: (i) => formatPercent(i.getValue()) }),
  c.accessor('meanProbabilityDifference', {
    header: 'Probability difference',
    cell: (i) => formatPercent(i.getValue()),
  }),
]);

/** Mean closing-line value of each outcome at earlier prices against the closing line. */
export function ClvTable({ rows }: { rows: Row[] }) {
  return <StudyTable caption="Closing-line value" columns={COLUMNS} data={rows} />;
}
