import { Link } from 'react-router';
import { formatDate } from '../../../../shared/format';
import { DataTable } from '../../../../shared/ui';
import { formatMoney } from '../../api/plan-prices';
import type { CreditNoteKind, CreditNoteSummary } from '../../api/use-credit-notes';

const COLUMNS = [
  'Credit note',
  'Invoice',
  'Issued',
  'Kind',
  'Total',
  'Applied to invoice',
  'Refund due',
] as const;

/** How each kind of credit note was made, in words. */
export const CREDIT_NOTE_KINDS: Record<CreditNoteKind, string> = {
  Full: 'Whole invoice',
  Lines: 'Part, by lines',
  Gross: 'Part, as an amount',
};

/** One page of credit notes, each with a link to the invoice it corrects; it scrolls sideways on a phone. */
export function CreditNotesTable({ creditNotes }: { creditNotes: CreditNoteSummary[] }) {
  return (
    <DataTable caption="Credit notes" columns={COLUMNS}>
      {creditNotes.map((note) => {
        const money = (amount: number) => formatMoney(amount, note.currency);
        return (
          <tr key={note.id}>
            <td>{note.number}</td>
            <td>
              <Link to={`/billing/invoices/${note.invoiceId}`}>{note.invoiceNumber}</Link>
            </td>
            <td>{formatDate(note.issuedAt)}</td>
            <td>{CREDIT_NOTE_KINDS[note.kind]}</td>
            <td className="amount">{money(note.total)}</td>
            <td className="amount">{money(note.appliedToInvoice)}</td>
            <td className="amount">{money(note.refundDue)}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}
