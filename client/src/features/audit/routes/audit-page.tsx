import { useSearchParams } from 'react-router';
import { compactParams, readPage } from '../../../shared/search-params';
import { EmptyState, Pager, ProblemAlert, Spinner } from '../../../shared/ui';
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
      {entries.isPending ? (
        <Spinner label="Loading audit entries" />
      ) : entries.isError ? (
        <ProblemAlert error={entries.error} />
      ) : entries.data.items.length === 0 ? (
        <EmptyState>
          {filtered ? 'No audit entries match these filters.' : 'No audit entries yet.'}
        </EmptyState>
      ) : (
        <>
          <AuditTable entries={entries.data.items} />
          <Pager
            page={page}
            pageSize={PAGE_SIZE}
            totalCount={entries.data.totalCount}
            onChange={(p) => {
              setParams(compactParams({ ...filters, page: String(p) }));
            }}
          />
        </>
      )}
    </>
  );
}
