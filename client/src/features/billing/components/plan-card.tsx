import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatNumber } from '../../../shared/format';
import { currentPrice, formatMoney, PER_INTERVAL, yearlySaving } from '../api/plan-prices';
import type { BillingInterval, Plan } from '../api/use-plans';

interface PlanCardProps {
  plan: Plan;
  interval: BillingInterval;
  currency: string;
  signedIn: boolean;
  /** What the card offers instead of the pricing page's links (the subscription page's buttons). */
  action?: ReactNode;
  /** The level of the plan's heading: 3 under a section's own heading. */
  level?: 2 | 3;
}

export function PlanCard({ plan, interval, currency, signedIn, action, level = 2 }: PlanCardProps) {
  const titleId = `plan-${plan.code}-title`;
  const Heading = level === 2 ? 'h2' : 'h3';
  const price = currentPrice(plan, interval, currency);
  const saving = interval === 'Yearly' ? yearlySaving(plan, currency) : undefined;

  return (
    <section className="card plan-card" aria-labelledby={titleId}>
      <Heading id={titleId}>{plan.name}</Heading>
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
            <strong>{formatMoney(price.amount.amount, currency)}</strong> {PER_INTERVAL[interval]}
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
      <div className="plan-action">
        {action !== undefined ? (
          action
        ) : signedIn ? (
          <Link to="/">Go to your dashboard</Link>
        ) : (
          <Link to="/register" className="button-link">
            {plan.trialDays > 0 ? `Start ${plan.trialDays}-day trial ` : 'Start '}
            <span className="visually-hidden">with {plan.name}</span>
          </Link>
        )}
      </div>
    </section>
  );
}
