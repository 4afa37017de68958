import { Link } from 'react-router';
import { formatNumber } from '../../../shared/format';
import { currentPrice, formatMoney, yearlySaving } from '../api/plan-prices';
import type { BillingInterval, Plan } from '../api/use-plans';

interface PlanCardProps {
  plan: Plan;
  interval: BillingInterval;
  currency: string;
  signedIn: boolean;
}

const PER = { Monthly: 'per month', Yearly: 'per year' } as const;

export function PlanCard({ plan, interval, currency, signedIn }: PlanCardProps) {
  const titleId = `plan-${plan.code}-title`;
  const price = currentPrice(plan, interval, currency);
  const saving = interval === 'Yearly' ? yearlySaving(plan, currency) : undefined;

  return (
    <section className="card plan-card" aria-labelledby={titleId}>
      <h2 id={titleId}>{plan.name}</h2>
      <p>{plan.description}</p>
      <p className="plan-price">
        {!price ? (
          <span className="empty">
            No {interval.toLowerCase()} price in {currency}
          </span>
        ) : price.amount.amount === 0 ? (
          <strong>Free</strong>
        ) : (
          <>
            <strong>{formatMoney(price.amount.amount, currency)}</strong> {PER[interval]}
          </>
        )}
      </p>
      {saving && (
        <p className="plan-saving">
          Save {formatMoney(saving.amount, currency)} a year against paying monthly
          {saving.months !== undefined &&
            ` (${saving.months} ${saving.months === 1 ? 'month' : 'months'} free)`}
        </p>
      )}
      {plan.trialDays > 0 && <p>{plan.trialDays}-day free trial</p>}
      <dl className="facts">
        <dt>Requests per minute</dt>
        <dd>{formatNumber(plan.requestsPerMinute)}</dd>
        <dt>Requests a month</dt>
        <dd>{formatNumber(plan.monthlyQuota)}</dd>
      </dl>
      <p className="plan-action">
        {signedIn ? (
          <Link to="/">Go to your dashboard</Link>
        ) : (
          <Link to="/register" className="button-link">
            {plan.trialDays > 0 ? `Start ${plan.trialDays}-day trial ` : 'Start '}
            <span className="visually-hidden">with {plan.name}</span>
          </Link>
        )}
      </p>
    </section>
  );
}
