import { formatDate } from '../../../../shared/format';
import { Facts, type Fact } from '../../../../shared/ui';
import { formatMoney, PER_INTERVAL, planAndInterval } from '../../api/plan-prices';
import type { Subscription, SubscriptionStatus } from '../../api/use-subscription';

const STATUSES: Record<Exclude<SubscriptionStatus, 'Trialing'>, string> = {
  Active: 'Active',
  PastDue: 'Payment overdue',
  Canceled: 'Ended',
};

/** The subscription's state in words; a cancellation at the period's end says when it ends. */
function statusText(s: Subscription): string {
  if (s.cancelAtPeriodEnd) return `Ends on ${formatDate(s.periodEnd, s.timeZone)}`;
  if (s.status === 'Trialing') return `Trial until ${formatDate(s.trialEndsAt ?? s.periodEnd, s.timeZone)}`;
  return STATUSES[s.status];
}

interface CurrentPlanProps {
  /** What was read: `null` when the organization never subscribed. */
  subscription: Subscription | null;
  /** A plan's name from the catalogue, by its code. */
  planName: (code: string) => string;
}

/** The plan the organization is on: Free without a live subscription, else what is billed, until when, and what is next. */
export function CurrentPlan({ subscription: s, planName }: CurrentPlanProps) {
  if (s === null || s.status === 'Canceled') {
    return (
      <section className="card" aria-labelledby="current-plan-title">
        <h2 id="current-plan-title">Current plan</h2>
        <p>You are on the Free plan.</p>
        {s && (
          <p>
            Your subscription to {planName(s.planCode)} ended on{' '}
            {formatDate(s.canceledAt ?? s.periodEnd, s.timeZone)}.
          </p>
        )}
      </section>
    );
  }
  const facts: Fact[] = [
    ['Plan', planAndInterval(planName(s.planCode), s.interval)],
    ['Price', `${formatMoney(s.price.amount, s.price.currency)} ${PER_INTERVAL[s.interval]}, VAT excluded`],
    ['Status', statusText(s)],
    [
      s.status === 'Trialing' ? 'Trial period' : 'Current period',
      `${formatDate(s.periodStart, s.timeZone)} – ${formatDate(s.periodEnd, s.timeZone)}`,
    ],
  ];
  const next = s.pendingChange;
  return (
    <section className="card" aria-labelledby="current-plan-title">
      <h2 id="current-plan-title">Current plan</h2>
      <Facts facts={facts} />
      {next && (
        <p className="subscription-pending">
          Moves to {planAndInterval(planName(next.planCode), next.interval)} on{' '}
          {formatDate(next.effectiveAt, s.timeZone)} ({formatMoney(next.price.amount, next.price.currency)}{' '}
          {PER_INTERVAL[next.interval]}).
        </p>
      )}
    </section>
  );
}
