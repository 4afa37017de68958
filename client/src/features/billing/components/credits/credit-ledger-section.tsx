import type { UseQueryResult } from '@tanstack/react-query';
import { PagedResults, type Paging } from '../../../../shared/ui';
import type { CreditLedgerEntry } from '../../api/use-credits';
import { CreditLedgerTable } from './credit-ledger-table';

interface CreditLedgerSectionProps {
  ledger: UseQueryResult<{ items: CreditLedgerEntry[]; totalCount: number }>;
  paging: Paging;
  /** What the ledger is filtered to ("the Promotion grant of Jan 5, 2026"); undefined when it shows every grant. */
  filter: string | undefined;
  onClearFilter: () => void;
}

/** The ledger, every movement of every grant or of one, page by page. */
export function CreditLedgerSection({ ledger, paging, filter, onClearFilter }: CreditLedgerSectionProps) {
  return (
    <section aria-labelledby="credit-ledger-title">
      <h2 id="credit-ledger-title">Ledger</h2>
      <p role="status">{filter ? `Showing the history of ${filter}.` : 'Showing every grant’s history.'}</p>
      {filter && (
        <button type="button" onClick={onClearFilter}>
          Show every grant
        </button>
      )}
      <PagedResults
        query={ledger}
        loadingLabel="Loading the ledger"
        empty={filter ? 'No entries for this grant.' : 'No entries yet.'}
        paging={paging}
        pagerLabel="Ledger pages"
      >
        {(items) => <CreditLedgerTable entries={items} />}
      </PagedResults>
    </section>
  );
}
