import { formatDateTime, formatNumber } from '../../../../shared/format';
import { EmptyState, Facts, ProblemAlert, type Fact } from '../../../../shared/ui';
import type { OddsCollectionRun, OddsCollectionStatus } from '../../api/use-odds-collection';
import { runSummary } from './odds-collection-run';
import { OddsCredits } from './odds-credits';
import { ODDS_API_KEY_FIELDS, SPORT_KEYS_FIELDS } from './settings-anchors';

/**
 * How often an event is asked about: the interval far from kick-off, never slower than the API's closer cadences
 * (OddsCollectionPlan: every 10 minutes within 2 hours, every 5 within 30 minutes).
 */
const cadence = (interval: number) =>
  `Every ${formatNumber(interval)} min; within 2 h of kick-off every ${formatNumber(Math.min(interval, 10))}, ` +
  `within 30 min every ${formatNumber(Math.min(interval, 5))}`;

interface OddsCollectionPanelProps {
  status: OddsCollectionStatus;
  /** Admins and Advisors: collects now. Left out, no button is shown. */
  onCollect?: (() => void) | undefined;
  collecting: boolean;
  /** What the last run started here did, once it answered (nothing while one runs). */
  run: OddsCollectionRun | undefined;
  /** Why the last run failed (a 502 when the Odds API refused a call); null while one runs. */
  runError: unknown;
}

/** Where the Odds API collection stands: the key, what is collected, the credits left, the last collection. */
export function OddsCollectionPanel({
  status,
  onCollect,
  collecting,
  run,
  runError,
}: OddsCollectionPanelProps) {
  const facts: Fact[] = [
    ['Odds API key', status.oddsApiKeySet ? 'Set' : 'Not set'],
    ['Sport keys', status.sportKeys.length > 0 ? status.sportKeys.join(', ') : 'None'],
    ['Interval', cadence(status.collectionIntervalMinutes)],
    ['Credits kept in reserve', formatNumber(status.requestsReserve)],
    ['Last collected', status.lastCollectedAt ? formatDateTime(status.lastCollectedAt) : 'Never'],
  ];
  return (
    <section aria-labelledby="odds-collection-heading">
      <h2 id="odds-collection-heading">Odds collection</h2>
      {!status.oddsApiKeySet && (
        <EmptyState>
          No odds are collected without a key: an Admin enters it in the{' '}
          <a href={`#${ODDS_API_KEY_FIELDS}`}>Odds API key field</a> below and saves the settings.
        </EmptyState>
      )}
      {status.oddsApiKeySet && status.sportKeys.length === 0 && (
        <EmptyState>
          No sport keys are chosen, so nothing is collected: an Admin adds some (such as soccer_epl) under{' '}
          <a href={`#${SPORT_KEYS_FIELDS}`}>Sport keys</a> below.
        </EmptyState>
      )}
      <OddsCredits status={status} />
      <Facts facts={facts} />
      {onCollect && (
        <p>
          <button type="button" disabled={collecting} onClick={onCollect}>
            {collecting ? 'Collecting…' : 'Collect now'}
          </button>
        </p>
      )}
      {run && <p role="status">{runSummary(run)}</p>}
      {runError != null && <ProblemAlert error={runError} context="The odds were not collected." />}
    </section>
  );
}
