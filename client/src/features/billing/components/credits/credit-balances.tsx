import { formatDate } from '../../../../shared/format';
import { EmptyState, Facts } from '../../../../shared/ui';
import { formatMoney } from '../../api/plan-prices';
import type { CreditBalance } from '../../api/use-credits';

/** What credits are, for a wallet that holds none. */
export const NO_CREDITS =
  'No credits yet. Credits are granted by the operator; when an invoice is finalized, they pay what it has due ' +
  'after VAT, the credits that expire soonest first.';

/** One card per currency: what the live grants hold, and what expires first (nothing, when none expires). */
export function CreditBalances({ balances }: { balances: CreditBalance[] }) {
  if (balances.length === 0) return <EmptyState>{NO_CREDITS}</EmptyState>;
  return balances.map((b) => {
    const money = (amount: number) => formatMoney(amount, b.currency);
    const title = `credit-balance-${b.currency}`;
    return (
      <section key={b.currency} className="card" aria-labelledby={title}>
        <h3 id={title}>{b.currency}</h3>
        <Facts
          facts={[
            ['Available', money(b.available)],
            ['Live grants', b.liveGrants],
            ['Next expiry', b.nextExpiryAt ? formatDate(b.nextExpiryAt) : 'Never'],
            ['Expiring then', b.nextExpiryAt ? money(b.expiringNext) : '—'],
          ]}
        />
      </section>
    );
  });
}
