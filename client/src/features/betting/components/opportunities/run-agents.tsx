import { formatNumber } from '../../../../shared/format';
import { ProblemAlert } from '../../../../shared/ui';
import { useRunAgents, type AgentRun } from '../../api/use-opportunities';

function RunCounts({ run }: { run: AgentRun }) {
  const perAgent = run.byAgent.map((a) => `${a.agent} ${formatNumber(a.opportunities)}`).join(', ');
  return (
    <p>
      {run.replay ? 'Replay' : 'Scan'} done: {formatNumber(run.events)} events and {formatNumber(run.boards)}{' '}
      markets scanned; {formatNumber(run.raised)} opportunities raised, {formatNumber(run.updated)} updated,{' '}
      {formatNumber(run.closed)} closed{perAgent === '' ? '.' : ` (per agent: ${perAgent}).`}
    </p>
  );
}

/**
 * Runs the agents now (Admins and Advisors): a scan of the upcoming events, or a replay over the completed
 * ones; shows what the run did, or the API's problem (a replay with the backtest agent off is a 409).
 */
export function RunAgents() {
  const run = useRunAgents();
  return (
    <section aria-label="Run the agents">
      <p className="dialog-actions">
        <button
          type="button"
          disabled={run.isPending}
          onClick={() => {
            run.mutate({ replay: false });
          }}
        >
          Run agents
        </button>
        <button
          type="button"
          disabled={run.isPending}
          onClick={() => {
            run.mutate({ replay: true });
          }}
        >
          Replay history
        </button>
      </p>
      <div role="status">
        {run.isPending ? 'Running the agents…' : run.isSuccess ? <RunCounts run={run.data} /> : null}
      </div>
      {run.isError && <ProblemAlert error={run.error} context="The agents did not run." />}
    </section>
  );
}
