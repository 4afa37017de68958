import { formatDateTime, formatNumber } from '../../../../shared/format';
import { EmptyState } from '../../../../shared/ui';
import type { OddsCollectionStatus } from '../../api/use-odds-collection';

/** The credits as the Odds API last reported them, with a bar of the share used this period. */
export function OddsCredits({ status }: { status: OddsCollectionStatus }) {
  const { quotaRemaining: remaining, quotaUsed: used } = status;
  if (remaining == null)
    return (
      <EmptyState>No credits reported yet: the first collection reads them from the Odds API.</EmptyState>
    );
  const total = (used ?? 0) + remaining;
  return (
    <>
      <p>
        {formatNumber(remaining)} credits remaining
        {used != null && <>, {formatNumber(used)} used this period</>} (reported{' '}
        {formatDateTime(status.quotaCheckedAt)})
      </p>
      {used != null && (
        <progress
          className="usage-bar"
          aria-label="Odds API credits used"
          max={Math.max(total, 1)}
          value={Math.min(used, Math.max(total, 1))}
        >
          {total > 0 ? `${((used / total) * 100).toFixed(0)}%` : '0%'}
        </progress>
      )}
      {remaining <= status.requestsReserve && (
        <p className="hint">
          The credits left are at or below the reserve: no odds or scores are asked until the Odds API's
          monthly reset.
        </p>
      )}
    </>
  );
}
