import { useState } from 'react';
import { ProblemAlert } from '../../../shared/ui';
import type { BacktestQuery } from '../api/betting-keys';
import { useBacktest } from '../api/use-backtest';
import { BacktestForm } from '../components/studies/backtest-form';
import { BacktestResults } from '../components/studies/backtest-results';
import { RunProgress } from '../components/studies/run-progress';

/** The backtest of the rule submitted last. */
export function BacktestPanel() {
  const [query, setQuery] = useState<BacktestQuery | null>(null);
  const backtest = useBacktest(query);
  return (
    <>
      <BacktestForm busy={backtest.isFetching} apiError={backtest.error} onRun={setQuery} />
      {backtest.isFetching && <RunProgress label="Running backtest…" />}
      {backtest.isError && <ProblemAlert error={backtest.error} context="Could not run the backtest." />}
      {backtest.isSuccess && !backtest.isFetching && <BacktestResults backtest={backtest.data} />}
    </>
  );
}
