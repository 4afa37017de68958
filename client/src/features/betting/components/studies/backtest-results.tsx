import type { Backtest } from '../../api/use-backtest';
import { BacktestBetsTable } from './backtest-bets-table';
import { BacktestKpis } from './backtest-kpis';
import { ClvHistogram } from './clv-histogram';
import { EquityChart } from './equity-chart';

/** What the rule would have done: the figures, the equity curve, the CLV histogram and every bet. */
export function BacktestResults({ backtest }: { backtest: Backtest }) {
  return (
    <section aria-labelledby="backtest-results">
      <h2 id="backtest-results">Backtest results</h2>
      <BacktestKpis backtest={backtest} />
      {backtest.bets === 0 ? (
        <p className="empty">No bet qualified under this rule.</p>
      ) : (
        <>
          <h3>Equity curve</h3>
          <EquityChart backtest={backtest} />
          <h3>Closing-line value of the bets</h3>
          <ClvHistogram backtest={backtest} />
          <h3>Bets</h3>
          <BacktestBetsTable bets={backtest.items} />
        </>
      )}
    </section>
  );
}
