import { Link, useSearchParams } from 'react-router';
import { BacktestPanel } from './backtest-panel';
import { MarketStudyPanel } from './market-study-panel';

const VIEWS = [
  { view: 'market', label: 'Market study' },
  { view: 'backtest', label: 'Backtest' },
] as const;

/**
 * Market studies and backtests over the imported matches. Both panels stay mounted (the other one
 * hidden), so switching keeps each one's form and results.
 */
export function StudiesPage() {
  const [params] = useSearchParams();
  const shown = params.get('view') === 'backtest' ? 'backtest' : 'market';
  return (
    <>
      <h1>Studies</h1>
      <p>
        How the markets of your imported matches behaved, and what a value rule would have done with them.
        Both read completed matches only.
      </p>
      <nav className="tabs" aria-label="Studies">
        {VIEWS.map(({ view, label }) => (
          <Link key={view} to={`?view=${view}`} aria-current={shown === view ? 'page' : undefined}>
            {label}
          </Link>
        ))}
      </nav>
      <section aria-label="Market study" hidden={shown !== 'market'}>
        <MarketStudyPanel />
      </section>
      <section aria-label="Backtest" hidden={shown !== 'backtest'}>
        <BacktestPanel />
      </section>
    </>
  );
}
