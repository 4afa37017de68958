import { Link } from 'react-router';
import { formatDateTime, formatDecimal, formatNumber, formatPercent } from '../../../../shared/format';
import { ProblemAlert, Spinner } from '../../../../shared/ui';
import { URGENT_HOURS, useOpportunities } from '../../api/use-opportunities';
import { matchOf, pickOf } from './opportunity-columns';

/** The API's largest page: the urgent ones of a day fit in it, so the best three by score come from all of them. */
const ALL_URGENT = 200;

/** For the dashboard: how many open opportunities kick off within 24 hours, and the best three by score. */
export function UrgentOpportunities() {
  const urgent = useOpportunities({ kickOffWithinHours: URGENT_HOURS, pageSize: ALL_URGENT });
  if (urgent.isPending) return <Spinner label="Loading urgent opportunities" />;
  if (urgent.isError)
    return <ProblemAlert error={urgent.error} context="Could not load the opportunities." />;
  const { totalCount, items } = urgent.data;
  const top = [...items].sort((a, b) => b.score - a.score).slice(0, 3);
  return (
    <section aria-labelledby="urgent-opportunities-title">
      <h3 id="urgent-opportunities-title">Urgent opportunities</h3>
      <p>
        {totalCount === 0
          ? 'No open opportunity kicks off within 24 hours.'
          : `${formatNumber(totalCount)} open ${totalCount === 1 ? 'opportunity kicks' : 'opportunities kick'} off within 24 hours${totalCount > 3 ? '; the best three by score' : ''}:`}
      </p>
      {top.length > 0 && (
        <ol>
          {top.map((o) => (
            <li key={o.id}>
              {matchOf(o)}, {pickOf(o)} at {formatDecimal(o.odds, 2)} ({o.bookmaker}), EV{' '}
              {formatPercent(o.expectedValue)}, score {o.score} ({o.label}), kick-off{' '}
              {formatDateTime(o.event.kickOffUtc)}
            </li>
          ))}
        </ol>
      )}
      <p>
        <Link to="/betting/opportunities">All opportunities</Link>
      </p>
    </section>
  );
}
