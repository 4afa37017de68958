import { formatDate, formatDecimal, formatPercent } from '../../../../shared/format';
import type { BacktestBet } from '../../api/use-backtest';
import { marketWithLine } from './labels';
import { studyColumns } from './study-columns';
import { StudyTable } from './study-table';

const c = studyColumns<BacktestBet>();
const money = (i: { getValue: () => number }) => formatDecimal(i.getValue());
const percent = (i: { getValue: () => number | null | undefined }) => formatPercent(i.getValue());

const COLUMNS = c.columns([
  c.accessor('kickOffUtc', { header: 'Kick-off', cell: (i) => formatDate(i.getValue()) }),
  c.accessor((b) => `${b.homeTeam} – ${b.awayTeam}`, { id: 'match', header: 'Match' }),
  c.accessor((b) => `${marketWithLine(b.market, b.line)} ${b.selection}`, {
    id: 'selection',
    header: 'Selection',
  }),
  c.accessor('odds', { header: 'Odds', cell: money }),
  c.accessor('fairProbability', { header: 'Fair p', cell: (i) => formatDecimal(i.getValue(), 4) }),
  c.accessor('expectedValue', { header: 'EV', cell: percent }),
  c.accessor('stake', { header: 'Stake', cell: money }),
  c.accessor('result', { header: 'Result' }),
  c.accessor('profit', { header: 'Profit', cell: money }),
  c.accessor('bankrollAfter', { header: 'Bankroll after', cell: money }),
  c.accessor('clvRaw', { header: 'CLV (raw)', cell: percent }),
  c.accessor('clvFair', { header: 'CLV (fair)', cell: percent }),
]);

/** Every bet in the order it was placed, 25 a page. */
export function BacktestBetsTable({ bets }: { bets: BacktestBet[] }) {
  return <StudyTable caption="Bets" columns={COLUMNS} data={bets} />;
}
