import { formatDate } from '../../../../shared/format';
import { DataTable } from '../../../../shared/ui';
import { formatMoney } from '../../api/plan-prices';
import type { CreditGrant } from '../../api/use-credits';

const COLUMNS = ['Granted on', 'Source', 'Reason', 'Amount', 'Remaining', 'Expires'] as const;

interface CreditGrantsTableProps {
  grants: CreditGrant[];
  /** Shows the ledger of one grant. */
  onHistory: (grant: CreditGrant) => void;
}

/** One page of credit grants, each with a button to its history; it scrolls sideways in its own region on a phone. */
export function CreditGrantsTable({ grants, onHistory }: CreditGrantsTableProps) {
  return (
    <DataTable caption="Credit grants" columns={COLUMNS} actions>
      {grants.map((grant) => {
        const grantedOn = formatDate(grant.grantedAt);
        return (
          <tr key={grant.id}>
            <td>{grantedOn}</td>
            <td>{grant.source}</td>
            <td>{grant.reason}</td>
            <td className="amount">{formatMoney(grant.amount, grant.currency)}</td>
            <td className="amount">{formatMoney(grant.remaining, grant.currency)}</td>
            <td>{grant.expiresAt ? formatDate(grant.expiresAt) : 'Never'}</td>
            <td>
              <button
                type="button"
                onClick={() => {
                  onHistory(grant);
                }}
              >
                History{' '}
                <span className="visually-hidden">
                  of the {grant.source} grant of {grantedOn}
                </span>
              </button>
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
