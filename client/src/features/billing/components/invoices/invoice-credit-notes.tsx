import { Link } from 'react-router';
import { DataTable } from '../../../../shared/ui';
import { formatMoney } from '../../api/plan-prices';
import type { Invoice } from '../../api/use-invoices';

const COLUMNS = ['Credit note', 'Total'] as const;

/** The credit notes issued against an invoice, oldest first, and what they credit in all. */
export function InvoiceCreditNotes({ invoice }: { invoice: Invoice }) {
  const money = (amount: number) => formatMoney(amount, invoice.currency);
  return (
    <section aria-labelledby="invoice-credit-notes-title">
      <h2 id="invoice-credit-notes-title">Credit notes</h2>
      <p>
        This invoice is corrected by {invoice.creditNotes.length === 1 ? 'a credit note' : 'credit notes'} for{' '}
        {money(invoice.amountCredited)} in all. <Link to="/billing/credit-notes">All credit notes</Link>
      </p>
      <DataTable caption="Credit notes of this invoice" columns={COLUMNS}>
        {invoice.creditNotes.map((note) => (
          <tr key={note.id}>
            <td>{note.number}</td>
            <td className="amount">{money(note.total)}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
