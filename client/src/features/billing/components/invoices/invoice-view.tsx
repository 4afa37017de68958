import { formatDate, formatDecimal } from '../../../../shared/format';
import { DataTable, Facts, type Fact } from '../../../../shared/ui';
import { formatMoney } from '../../api/plan-prices';
import type { Invoice } from '../../api/use-invoices';
import { DownloadPdfButton } from './download-pdf-button';
import { InvoiceCreditNotes } from './invoice-credit-notes';
import { invoiceNumber, InvoiceStatusBadge } from './invoice-status';

/** A quantity as written on an invoice: whole units without decimals, else as many as it has (up to 4). */
const formatQuantity = (q: number) =>
  Number.isInteger(q) ? String(q) : formatDecimal(q, Math.min(4, String(q).split('.')[1]?.length ?? 0));

const LINE_COLUMNS = ['Description', 'Quantity', 'Unit price', 'Net'] as const;

/**
 * One invoice: its number and status, dates, buyer, lines and totals, the VAT mention it carries, and the credit
 * notes that correct it.
 */
export function InvoiceView({ invoice }: { invoice: Invoice }) {
  const money = (amount: number) => formatMoney(amount, invoice.currency);
  const dates: Fact[] = [
    ['Status', <InvoiceStatusBadge key="status" status={invoice.status} />],
    ['Created', formatDate(invoice.createdAt)],
    ['Issued', formatDate(invoice.issuedAt)],
    ['Due', formatDate(invoice.dueAt)],
    ['Paid', formatDate(invoice.paidAt)],
  ];
  const buyer: Fact[] = [
    ['Name', invoice.buyerName ?? '—'],
    ['Country', invoice.buyerCountry ?? '—'],
    ['VAT number', invoice.buyerVatNumber ?? '—'],
  ];
  const totals: Fact[] = [
    ['Lines', money(invoice.lineTotal)],
    [invoice.vatRate == null ? 'VAT' : `VAT (${invoice.vatRate} %)`, money(invoice.taxTotal)],
    ['Total', money(invoice.total)],
    ['Paid', money(invoice.amountPaid)],
    ['Credited', money(invoice.amountCredited)],
    ['Amount due', money(invoice.amountDue)],
  ];

  return (
    <>
      <h1>Invoice {invoiceNumber(invoice)}</h1>
      {invoice.number != null && <DownloadPdfButton id={invoice.id} number={invoice.number} />}
      <div className="invoice">
        <section className="card" aria-labelledby="invoice-dates-title">
          <h2 id="invoice-dates-title">Summary</h2>
          <Facts facts={dates} />
        </section>
        <section className="card" aria-labelledby="invoice-buyer-title">
          <h2 id="invoice-buyer-title">Buyer</h2>
          {invoice.buyerName == null && invoice.status === 'Draft' ? (
            <p>Set when the invoice is finalized.</p>
          ) : (
            <Facts facts={buyer} />
          )}
        </section>
      </div>
      <section aria-labelledby="invoice-lines-title">
        <h2 id="invoice-lines-title">Lines</h2>
        <DataTable caption="Invoice lines" columns={LINE_COLUMNS}>
          {invoice.lines.map((line) => (
            <tr key={line.position}>
              <td>{line.description}</td>
              <td className="amount">{formatQuantity(line.quantity)}</td>
              <td className="amount">{money(line.unitPrice)}</td>
              <td className="amount">{money(line.net)}</td>
            </tr>
          ))}
        </DataTable>
      </section>
      <section className="card" aria-labelledby="invoice-totals-title">
        <h2 id="invoice-totals-title">Totals</h2>
        <Facts facts={totals} />
        {invoice.vatMention && (
          <p className="invoice-mention">
            <strong>{invoice.vatMention}</strong>
          </p>
        )}
      </section>
      {invoice.creditNotes.length > 0 && <InvoiceCreditNotes invoice={invoice} />}
    </>
  );
}
