import { lazy, Suspense } from 'react';
import { Spinner } from '../../../../shared/ui';
import type { Backtest } from '../../api/use-backtest';
import { BacktestBetsTable } from './backtest-bets-table';
import { BacktestKpis } from './backtest-kpis';

const BacktestCharts = lazy(() => import('./backtest-charts').then((m) => ({ default: m.BacktestCharts })));

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
          <Suspense fallback={<Spinner label="Loading charts" />}>
            <BacktestCharts backtest={backtest} />
          </Suspense>
          <h3>Bets</h3>
          <BacktestBetsTable bets={backtest.items} />
        </>
      )}
    </section>
  );
}
