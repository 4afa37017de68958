import type { UseQueryResult } from '@tanstack/react-query';
import { LiveFiltersForm, PagedResults, type Paging } from '../../../../shared/ui';
import type { CreditGrant } from '../../api/use-credits';
import { CreditGrantsTable } from './credit-grants-table';

interface CreditGrantsSectionProps {
  grants: UseQueryResult<{ items: CreditGrant[]; totalCount: number }>;
  paging: Paging;
  liveOnly: boolean;
  onLiveOnlyChange: (liveOnly: boolean) => void;
  onHistory: (grant: CreditGrant) => void;
}

/** The grants, all of them or only the live ones, page by page. */
export function CreditGrantsSection({
  grants,
  paging,
  liveOnly,
  onLiveOnlyChange,
  onHistory,
}: CreditGrantsSectionProps) {
  return (
    <section aria-labelledby="credit-grants-title">
      <h2 id="credit-grants-title">Grants</h2>
      <LiveFiltersForm label="Filter grants">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={liveOnly}
            onChange={(e) => {
              onLiveOnlyChange(e.target.checked);
            }}
          />
          Live only (credits left, not expired)
        </label>
      </LiveFiltersForm>
      <PagedResults
        query={grants}
        loadingLabel="Loading the grants"
        empty={liveOnly ? 'No live grants.' : 'No grants yet.'}
        paging={paging}
        pagerLabel="Grants pages"
      >
        {(items) => <CreditGrantsTable grants={items} onHistory={onHistory} />}
      </PagedResults>
    </section>
  );
}
