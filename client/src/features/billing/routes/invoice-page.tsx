import { Link, useParams } from 'react-router';
import { ProblemError } from '../../../api/problem';
import { ProblemAlert, Spinner } from '../../../shared/ui';
import { useInvoice } from '../api/use-invoices';
import { InvoiceView } from '../components/invoices/invoice-view';

const BACK = <Link to="/billing/invoices">Back to the invoices</Link>;

/** `/billing/invoices/:id` (Admins): one invoice; an unknown id, or another organization's, is "no such invoice". */
export function InvoicePage() {
  const { id = '' } = useParams();
  const invoice = useInvoice(id);

  if (invoice.isPending) return <Spinner label="Loading the invoice" />;
  if (invoice.isError) {
    const notFound = invoice.error instanceof ProblemError && invoice.error.status === 404;
    return (
      <>
        <h1>{notFound ? 'No such invoice' : 'Invoice'}</h1>
        {notFound ? (
          <p>Your organization has no invoice at this address.</p>
        ) : (
          <ProblemAlert error={invoice.error} context="Could not load the invoice." />
        )}
        <p>{BACK}</p>
      </>
    );
  }
  return (
    <>
      <p>{BACK}</p>
      <InvoiceView invoice={invoice.data} />
    </>
  );
}
