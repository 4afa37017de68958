import { formatNumber } from '../../../../shared/format';
import { ProblemAlert } from '../../../../shared/ui';
import { useSettleNow, type ClosingLineRun, type SettlementRun } from '../../api/use-bet-runs';

const summarise = (settlement: SettlementRun, closingLines: ClosingLineRun) =>
  `Settlement done: ${formatNumber(settlement.settled)} settled, ${formatNumber(settlement.voided)} voided, ` +
  `${formatNumber(settlement.skipped)} left pending; closing lines recorded for ${formatNumber(closingLines.recorded)} ` +
  `bets (${formatNumber(closingLines.withoutClose)} without a close).`;

/**
 * Runs settlement and the closing-line capture now instead of waiting for the schedule (Admins, Advisors and
 * Members); what they did goes to the page's status line, a failure shows the API's problem here.
 */
export function SettleNow({ onNotice }: { onNotice: (text: string | null) => void }) {
  const run = useSettleNow();
  return (
    <>
      <button
        type="button"
        disabled={run.isPending}
        onClick={() => {
          onNotice(null);
          run.mutate(undefined, {
            onSuccess: ({ settlement, closingLines }) => {
              onNotice(summarise(settlement, closingLines));
            },
          });
        }}
      >
        {run.isPending ? 'Settling…' : 'Settle now'}
      </button>
      {run.isError && <ProblemAlert error={run.error} context="Settlement did not run." />}
    </>
  );
}
