import { formatDate } from '../../../shared/format';
import { EmptyState, ProblemAlert, Spinner } from '../../../shared/ui';
import { useMeteredUsage, useMeters } from '../api/use-usage';
import { ReportingUsage } from '../components/usage/reporting-usage';
import { UsageTable } from '../components/usage/usage-table';

/** `/billing/usage` (every member): the organization's metered usage in the current billing period. */
export function UsagePage() {
  const usage = useMeteredUsage();
  const meters = useMeters();

  return (
    <>
      <h1>Usage</h1>
      {usage.isPending ? (
        <Spinner label="Loading the usage" />
      ) : usage.isError ? (
        <ProblemAlert error={usage.error} context="Could not load the usage." />
      ) : (
        <>
          <p>
            The current billing period runs from {formatDate(usage.data.periodStart)} to{' '}
            {formatDate(usage.data.periodEnd)}.
          </p>
          {usage.data.meters.length === 0 ? (
            <EmptyState>No meters are set up.</EmptyState>
          ) : (
            <UsageTable usage={usage.data.meters} meters={meters.data?.items ?? []} />
          )}
        </>
      )}
      <ReportingUsage />
    </>
  );
}
