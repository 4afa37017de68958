import { formatDecimal, formatPercent } from '../../../../shared/format';
import { Facts, ProblemAlert, Spinner, type Fact } from '../../../../shared/ui';
import { useBankroll, type Bankroll } from '../../api/use-betting-settings';

const money = (m: Bankroll['current']) => `${formatDecimal(m.amount)} ${m.currency}`;

/** The bankroll now: initial + settled profit, what pending bets hold, what is left to stake. */
export function BankrollSummary() {
  const bankroll = useBankroll();
  if (bankroll.isPending) return <Spinner label="Loading the bankroll" />;
  if (bankroll.isError) return <ProblemAlert error={bankroll.error} context="Could not load the bankroll." />;
  const b = bankroll.data;
  const facts: Fact[] = [
    ['Current bankroll', money(b.current)],
    ['Initial bankroll', money(b.initial)],
    ['Settled profit', `${money(b.settledProfit)} (${String(b.settledBets)} bets)`],
    ['Open exposure', `${money(b.openStakes)} (${String(b.pendingBets)} pending)`],
    ['Open share', formatPercent(b.openShare)],
    ['Available to stake', money(b.available)],
  ];
  return (
    <section aria-labelledby="bankroll-heading">
      <h2 id="bankroll-heading">Bankroll</h2>
      <Facts facts={facts} />
      {b.otherCurrencyBets > 0 && (
        <p className="hint">
          {b.otherCurrencyBets} bets in another currency than {b.initial.currency} are left out of these sums.
        </p>
      )}
    </section>
  );
}
