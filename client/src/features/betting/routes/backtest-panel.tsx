import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ProblemAlert } from '../../../shared/ui';
import type { BacktestQuery } from '../api/betting-keys';
import { isActive, useBacktestRun, useCancelBacktest, useStartBacktest } from '../api/use-backtest';
import { BacktestForm } from '../components/studies/backtest-form';
import { BacktestResults } from '../components/studies/backtest-results';
import { BacktestRunProgress } from '../components/studies/backtest-run-progress';
import { RunProgress } from '../components/studies/run-progress';

/**
 * The backtest submitted last, kept as a run: a short one answers at once; a long one runs in the
 * background while its progress shows. The run's id stays in the address (`run`), so a reload or a
 * link comes back to it.
 */
export function BacktestPanel() {
  const [params, setParams] = useSearchParams();
  const [runId, setRunId] = useState<string | null>(() => params.get('run'));
  const start = useStartBacktest();
  const cancel = useCancelBacktest();
  const run = useBacktestRun(runId);
  const shown = start.isPending || start.isError ? undefined : run.data;
  const active = isActive(shown);

  const follow = (id: string | null) => {
    setRunId(id);
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('view', 'backtest');
        if (id) next.set('run', id);
        else next.delete('run');
        return next;
      },
      { replace: true },
    );
  };

  const onRun = (query: BacktestQuery) => {
    start.mutate(query, {
      onSuccess: (started) => {
        follow(started.id);
      },
    });
  };

  return (
    <>
      <BacktestForm busy={start.isPending || active} apiError={start.error} onRun={onRun} />
      {start.isPending && <RunProgress label="Running backtest…" />}
      {start.isError && <ProblemAlert error={start.error} context="Could not run the backtest." />}
      {run.isError && !start.isPending && (
        <ProblemAlert error={run.error} context="Could not read the backtest." />
      )}
      {cancel.isError && <ProblemAlert error={cancel.error} context="Could not stop the backtest." />}
      {shown && active && (
        <BacktestRunProgress
          run={shown}
          stopping={cancel.isPending}
          onStop={() => {
            cancel.mutate(shown.id, {
              onSuccess: () => {
                follow(null);
              },
            });
          }}
        />
      )}
      {shown?.status === 'Failed' && (
        <div role="alert" className="alert alert-error">
          <p className="alert-context">The backtest failed.</p>
          <p>{shown.error}</p>
        </div>
      )}
      {shown?.status === 'Completed' && shown.result && <BacktestResults backtest={shown.result} />}
    </>
  );
}
