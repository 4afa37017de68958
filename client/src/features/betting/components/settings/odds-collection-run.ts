import { formatNumber } from '../../../../shared/format';
import type { OddsCollectionRun } from '../../api/use-odds-collection';

const count = (n: number, one: string, many = `${one}s`) => `${formatNumber(n)} ${n === 1 ? one : many}`;

/** What a run did, in a sentence. */
export function runSummary(run: OddsCollectionRun): string {
  switch (run.outcome) {
    case 'NoOddsApiKey':
      return 'Nothing collected: no Odds API key is set.';
    case 'NoSportKeys':
      return 'Nothing collected: no sport keys are chosen.';
    case 'Refused':
      return `Stopped: ${run.refusal?.title ?? 'the Odds API refused a call.'}`;
    case 'Collected': {
      const skipped =
        run.skippedForReserve > 0
          ? ` ${count(run.skippedForReserve, 'sport')} skipped: the credits left are at the reserve.`
          : '';
      return (
        `Collected: ${count(run.eventsAdded, 'event')} added, ${formatNumber(run.eventsUpdated)} moved, ` +
        `${count(run.oddsRequests, 'odds request')}, ${count(run.snapshotsStored, 'price')} stored, ` +
        `${count(run.scoresRequests, 'scores request')}, ${count(run.eventsCompleted, 'event')} completed.${skipped}`
      );
    }
  }
}
