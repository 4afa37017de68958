import { ProblemError } from '../../../api/problem';
import { ProblemAlert, Spinner } from '../../../shared/ui';
import { useBillingCustomer, useSaveBillingCustomer } from '../api/use-billing-customer';
import { BillingCustomerForm } from '../components/details/billing-customer-form';
import { VatPanel } from '../components/details/vat-panel';

const isConflict = (error: unknown) => error instanceof ProblemError && error.status === 409;

/** `/billing/details` (Admins): the organization's billing details, and how VAT applies to it. */
export function BillingDetailsPage() {
  const customer = useBillingCustomer();
  const save = useSaveBillingCustomer();
  const reload = () => {
    save.reset();
    void customer.refetch();
  };

  return (
    <>
      <h1>Billing details</h1>
      {customer.isPending ? (
        <Spinner label="Loading the billing details" />
      ) : customer.isError ? (
        <>
          <ProblemAlert error={customer.error} context="Could not load the billing details." />
          <button type="button" disabled={customer.isFetching} onClick={reload}>
            {customer.isFetching ? 'Trying again…' : 'Try again'}
          </button>
        </>
      ) : (
        <>
          {customer.data === null && (
            <p>No billing details yet: fill them in once, and invoices will carry them.</p>
          )}
          {isConflict(save.error) ? (
            <div role="alert" className="alert alert-error">
              <p>
                <strong>These billing details changed since you loaded them.</strong> Nothing was saved:
                reload to see the latest, then make your change again.
              </p>
              <button type="button" disabled={customer.isFetching} onClick={reload}>
                {customer.isFetching ? 'Reloading…' : 'Reload'}
              </button>
            </div>
          ) : (
            save.isError && <ProblemAlert error={save.error} context="Could not save the billing details." />
          )}
          {save.isSuccess && <p role="status">Billing details saved.</p>}
          <div className="billing-details">
            <BillingCustomerForm
              // A new version (after a save or a reload) starts the form again from what was stored.
              key={customer.data?.version ?? 0}
              customer={customer.data}
              busy={save.isPending}
              apiError={save.error}
              onSave={save.mutate}
            />
            {customer.data && <VatPanel customer={customer.data} />}
          </div>
        </>
      )}
    </>
  );
}
