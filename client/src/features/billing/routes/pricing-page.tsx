import { EmptyState, ProblemAlert, Spinner } from '../../../shared/ui';
import { useIsAuthenticated } from '../../auth';
import { usePlans } from '../api/use-plans';
import { PlanCatalogue } from '../components/plan-catalogue';

/** `/pricing`: the plans on sale, their limits and prices; anyone may open it. */
export function PricingPage() {
  const plans = usePlans();
  const signedIn = useIsAuthenticated();

  return (
    <>
      <h1>Pricing</h1>
      {plans.isPending ? (
        <Spinner label="Loading plans" />
      ) : plans.isError ? (
        <>
          <ProblemAlert error={plans.error} context="Could not load the plans." />
          <button
            type="button"
            disabled={plans.isFetching}
            onClick={() => {
              void plans.refetch();
            }}
          >
            {plans.isFetching ? 'Trying again…' : 'Try again'}
          </button>
        </>
      ) : plans.data.plans.length === 0 ? (
        <EmptyState>No plans are on sale right now.</EmptyState>
      ) : (
        <PlanCatalogue catalogue={plans.data} signedIn={signedIn} />
      )}
    </>
  );
}
