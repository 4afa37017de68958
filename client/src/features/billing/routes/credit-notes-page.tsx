import { PagedResults } from '../../../shared/ui';
import { useUrlPaging } from '../../../shared/use-url-paging';
import { useCreditNotes } from '../api/use-credit-notes';
import { CreditNotesTable } from '../components/credit-notes/credit-notes-table';

const PAGE_SIZE = 25;

/** `/billing/credit-notes` (Admins): the organization's credit notes, newest first, page by page. */
export function CreditNotesPage() {
  const paging = useUrlPaging(PAGE_SIZE);
  const creditNotes = useCreditNotes({ page: paging.page, pageSize: PAGE_SIZE });

  return (
    <>
      <h1>Credit notes</h1>
      <p>
        Each credit note corrects one invoice: it first lowers what that invoice still has due, and what was
        already paid of it is refunded to you by bank transfer.
      </p>
      <PagedResults
        query={creditNotes}
        loadingLabel="Loading credit notes"
        empty="No credit notes."
        paging={paging}
      >
        {(items) => <CreditNotesTable creditNotes={items} />}
      </PagedResults>
    </>
  );
}
