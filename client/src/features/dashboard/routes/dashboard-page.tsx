import { ProblemAlert, Spinner } from '../../../shared/ui';
import { useCurrentUser } from '../../auth';
import { BettingSummaryCard, UrgentOpportunities, useBettingSummary } from '../../betting';
import { useUsage } from '../api/use-usage';
import { UsageCard } from '../components/usage-card';
import { UserCard } from '../components/user-card';

export function DashboardPage() {
  const me = useCurrentUser();
  const usage = useUsage();
  const betting = useBettingSummary({});

  return (
    <>
      <h1>Dashboard</h1>
      <div className="grid">
        {me.isPending ? (
          <Spinner label="Loading your profile" />
        ) : me.isError ? (
          <ProblemAlert error={me.error} />
        ) : (
          <UserCard user={me.data} />
        )}
        {usage.isPending ? (
          <Spinner label="Loading usage" />
        ) : usage.isError ? (
          <ProblemAlert error={usage.error} context="Could not load plan usage." />
        ) : (
          <UsageCard usage={usage.data} refreshing={usage.isFetching} onRefresh={() => void usage.refetch()}>
            {usage.data.used === 0 && <p className="empty">No requests counted yet this period.</p>}
          </UsageCard>
        )}
        {betting.isPending ? (
          <Spinner label="Loading betting figures" />
        ) : betting.isError ? (
          <ProblemAlert error={betting.error} context="Could not load the betting figures." />
        ) : (
          <BettingSummaryCard summary={betting.data}>
            <UrgentOpportunities />
          </BettingSummaryCard>
        )}
      </div>
    </>
  );
}
