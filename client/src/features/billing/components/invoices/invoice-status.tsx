import type { InvoiceStatus } from '../../api/use-invoices';

/** An invoice's status as a badge: the word carries the meaning. */
export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  return <span className={`badge invoice-${status.toLowerCase()}`}>{status}</span>;
}

/** The invoice's number, or "Draft" before finalization gives it one. */
export const invoiceNumber = (invoice: { number?: string | null }) => invoice.number ?? 'Draft';
