import { useSearchParams } from 'react-router';
import { compactParams, readPage } from '../../../shared/search-params';
import { PagedResults } from '../../../shared/ui';
import { readAuditFilters, toAuditQuery } from '../api/audit-filters';
import { useAuditEntries } from '../api/use-audit-entries';
import { AuditFiltersForm } from '../components/audit-filters-form';
import { AuditTable } from '../components/audit-table';

const PAGE_SIZE = 50;

export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const page = readPage(params);
  const filters = readAuditFilters(params);
  const entries = useAuditEntries(toAuditQuery(filters, page, PAGE_SIZE));
  const filtered = Object.values(filters).some((v) => v !== '');

  return (
    <>
      <h1>Audit log</h1>
      <AuditFiltersForm
        key={params.toString()}
        initial={filters}
        onApply={(next) => {
          setParams(compactParams({ ...next }));
        }}
      />
      <PagedResults
        query={entries}
        loadingLabel="Loading audit entries"
        empty={filtered ? 'No audit entries match these filters.' : 'No audit entries yet.'}
        paging={{
          page,
          pageSize: PAGE_SIZE,
          onPageChange: (p) => {
            setParams(compactParams({ ...filters, page: String(p) }));
          },
        }}
      >
        {(items) => <AuditTable entries={items} />}
      </PagedResults>
    </>
  );
}
