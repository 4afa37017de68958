import { useMemo } from 'react';
import { formatDecimal, formatPercent } from '../../../../shared/format';
import type { MarketStudy } from '../../api/use-market-study';
import { marketWithLine, snapshotLabel } from './labels';
import { studyColumns } from './study-columns';
import { StudyTable } from './study-table';

type Study = MarketStudy['flatStakes'][number];
type Row = Omit<Study, 'outcomes' | 'all'> & Study['all'];
const c = studyColumns<Row>();

const COLUMNS = c.columns([
  c.accessor('bookmaker', { header: 'Bookmaker' }),
  c.accessor('snapshot', { header: 'Snapshot', cell: (i) => snapshotLabel(i.getValue()) }),
  c.accessor((r) => marketWithLine(r.market, r.line), { id: 'market', header: 'Market' }),
  c.accessor((r) => r.selection ?? 'All', { id: 'selection', header: 'Outcome' }),
  c.accessor('bets', { header: 'Bets' }),
  c.accessor('wins', { header: 'Wins' }),
  c.accessor('profit', { header: 'Profit', cell: (i) => formatDecimal(i.getValue()) }),
  c.accessor('roi', { header: 'ROI', cell: (i) => formatPercent(i.getValue()) }),
]);

/** One row per outcome of each market, then one for all its outcomes. */
const flatten = (studies: Study[]): Row[] =>
  studies.flatMap(({ outcomes, all, ...market }) =>
    [...outcomes, { ...all, selection: undefined }].map((o) => ({ ...market, ...o })),
  );

/** One unit on each outcome of every market: per outcome and for all outcomes. */
export function FlatStakesTable({ studies }: { studies: Study[] }) {
  const rows = useMemo(() => flatten(studies), [studies]);
  return <StudyTable caption="Flat stakes" columns={COLUMNS} data={rows} />;
}
