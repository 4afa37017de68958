import { Link } from 'react-router';
import { formatDate } from '../../../../shared/format';
import { DataTable } from '../../../../shared/ui';
import { formatMoney } from '../../api/plan-prices';
import type { InvoiceSummary } from '../../api/use-invoices';
import { invoiceNumber, InvoiceStatusBadge } from './invoice-status';

const COLUMNS = ['Invoice', 'Status', 'Issued', 'Due', 'Total', 'Paid'] as const;

/** One page of invoices, each number linking to the invoice; it scrolls sideways in its own region on a phone. */
export function InvoicesTable({ invoices }: { invoices: InvoiceSummary[] }) {
  return (
    <DataTable caption="Invoices" columns={COLUMNS}>
      {invoices.map((invoice) => (
        <tr key={invoice.id}>
          <td>
            <Link to={`/billing/invoices/${invoice.id}`}>{invoiceNumber(invoice)}</Link>
          </td>
          <td>
            <InvoiceStatusBadge status={invoice.status} />
          </td>
          <td>{formatDate(invoice.issuedAt)}</td>
          <td>{formatDate(invoice.dueAt)}</td>
          <td className="amount">{formatMoney(invoice.total, invoice.currency)}</td>
          <td className="amount">{formatMoney(invoice.amountPaid, invoice.currency)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
