import { formatNumber } from '../../../../shared/format';
import type { BacktestRun } from '../../api/use-backtest';

interface BacktestRunProgressProps {
  run: BacktestRun;
  stopping: boolean;
  onStop: () => void;
}

/** A long backtest in the background: how many of its matches are replayed, and a way to stop it. */
export function BacktestRunProgress({ run, stopping, onStop }: BacktestRunProgressProps) {
  const text =
    run.status === 'Queued'
      ? `Backtest of ${formatNumber(run.matchesTotal)} matches queued…`
      : `Backtest: ${formatNumber(run.matchesDone)} of ${formatNumber(run.matchesTotal)} matches replayed (${Math.floor(run.progress * 100)}%)…`;
  return (
    <div className="run-progress">
      <progress
        className="usage-bar"
        aria-label="Backtest progress"
        value={run.matchesDone}
        max={Math.max(run.matchesTotal, 1)}
      />
      <p role="status">{text}</p>
      <button type="button" onClick={onStop} disabled={stopping}>
        Stop backtest
      </button>
    </div>
  );
}
