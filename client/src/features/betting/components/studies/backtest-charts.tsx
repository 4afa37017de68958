import type { Backtest } from '../../api/use-backtest';
import { ClvHistogram } from './clv-histogram';
import { EquityChart } from './equity-chart';

/** The backtest's charts: loaded on their own, after the first backtest, as Recharts is most of their weight. */
export function BacktestCharts({ backtest }: { backtest: Backtest }) {
  return (
    <>
      <h3>Equity curve</h3>
      <EquityChart backtest={backtest} />
      <h3>Closing-line value of the bets</h3>
      <ClvHistogram backtest={backtest} />
    </>
  );
}
