import { useSearchParams } from 'react-router';
import { compactParams, readParams } from '../../../shared/search-params';
import { PagedResults } from '../../../shared/ui';
import { useUrlPaging } from '../../../shared/use-url-paging';
import type { InvoiceListQuery } from '../api/billing-keys';
import { INVOICE_STATUSES, isInvoiceStatus, useInvoices } from '../api/use-invoices';
import { InvoicesTable } from '../components/invoices/invoices-table';
import { STATUS_FILTER_NAMES, StatusFilters, type StatusFilterValues } from '../components/status-filters';

const PAGE_SIZE = 25;

/** The filters in the URL as the API's query; a status the API does not know is no filter. */
const toQuery = (f: StatusFilterValues, page: number): InvoiceListQuery => ({
  status: isInvoiceStatus(f.status) ? f.status : undefined,
  page,
  pageSize: PAGE_SIZE,
});

/** `/billing/invoices` (Admins): the organization's invoices, newest first, page by page. */
export function InvoicesPage() {
  const [params, setParams] = useSearchParams();
  const filters = readParams(params, STATUS_FILTER_NAMES);
  const paging = useUrlPaging(PAGE_SIZE);
  const invoices = useInvoices(toQuery(filters, paging.page));

  return (
    <>
      <h1>Invoices</h1>
      <StatusFilters
        label="Filter invoices"
        statuses={INVOICE_STATUSES}
        values={filters}
        onChange={(f) => {
          setParams(compactParams(f));
        }}
      />
      <PagedResults
        query={invoices}
        loadingLabel="Loading invoices"
        empty={filters.status ? `No ${filters.status.toLowerCase()} invoices.` : 'No invoices yet.'}
        paging={paging}
      >
        {(items) => <InvoicesTable invoices={items} />}
      </PagedResults>
    </>
  );
}
