import { Link } from 'react-router';
import { formatDate } from '../../../../shared/format';
import { DataTable } from '../../../../shared/ui';
import { formatMoney } from '../../api/plan-prices';
import type { CreditLedgerEntry, CreditLedgerKind } from '../../api/use-credits';

const COLUMNS = ['Date', 'Kind', 'Amount', 'Remaining after', 'Invoice'] as const;

/** What each kind of ledger entry did to its grant, in words. */
export const CREDIT_LEDGER_KINDS: Record<CreditLedgerKind, string> = {
  Grant: 'Granted',
  Consume: 'Paid an invoice',
  Expire: 'Expired',
  Restore: 'Given back by a credit note',
  TransferOut: 'Transferred out',
};

/** A signed amount: "+€20.00" when credits were added, "-€25.00" when taken away. */
const signed = (amount: number, currency: string) =>
  `${amount > 0 ? '+' : ''}${formatMoney(amount, currency)}`;

/** One page of the credit ledger, each entry linking to the invoice it paid or credited, if any. */
export function CreditLedgerTable({ entries }: { entries: CreditLedgerEntry[] }) {
  return (
    <DataTable caption="Credit ledger" columns={COLUMNS}>
      {entries.map((entry) => {
        const date = formatDate(entry.occurredAt);
        return (
          <tr key={entry.id}>
            <td>{date}</td>
            <td>{CREDIT_LEDGER_KINDS[entry.kind]}</td>
            <td className="amount">{signed(entry.amount, entry.currency)}</td>
            <td className="amount">{formatMoney(entry.remainingAfter, entry.currency)}</td>
            <td>
              {entry.invoiceId ? (
                <Link to={`/billing/invoices/${entry.invoiceId}`}>
                  Invoice <span className="visually-hidden">of the entry of {date}</span>
                </Link>
              ) : (
                '—'
              )}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
