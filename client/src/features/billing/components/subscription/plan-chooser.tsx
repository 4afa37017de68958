import { useState, type ReactNode } from 'react';
import { formatDate } from '../../../../shared/format';
import { currentPrice, planAndInterval } from '../../api/plan-prices';
import type { BillingInterval, Plan } from '../../api/use-plans';
import { isLive, type PlanChoice, type Subscription } from '../../api/use-subscription';
import { IntervalSwitch } from '../interval-switch';
import { PlanCard } from '../plan-card';

interface PlanChooserProps {
  plans: readonly Plan[];
  /** The subscription's currency, or the billing details' one before a subscription. */
  currency: string;
  /** What was read: `null` when the organization never subscribed. */
  subscription: Subscription | null;
  /** No billing details yet: nobody can subscribe, so no plan offers it. */
  billingDetailsMissing: boolean;
  /** A request is running: every button waits. */
  busy: boolean;
  onSubscribe: (choice: PlanChoice) => void;
  onPreview: (choice: PlanChoice) => void;
  /** Drops the change waiting for the period's end: the plan billed now stays. */
  onKeep: () => void;
}

/** The plans on sale in one interval, each with what an Admin may do with it. */
export function PlanChooser({
  plans,
  currency,
  subscription,
  billingDetailsMissing,
  busy,
  onSubscribe,
  onPreview,
  onKeep,
}: PlanChooserProps) {
  const live = isLive(subscription) ? subscription : undefined;
  const [interval, setBillingInterval] = useState<BillingInterval>(live?.interval ?? 'Monthly');

  const actionOf = (plan: Plan): ReactNode => {
    const price = currentPrice(plan, interval, currency);
    if (!price) return null;
    const choice = { planCode: plan.code, interval };
    // After a space in the button's text: "Change to this plan (Pro, monthly)" in every browser.
    const named = <span className="visually-hidden">({planAndInterval(plan.name, interval)})</span>;
    if (price.amount.amount === 0) {
      // Returning to Free is a cancellation at the period's end, not a change.
      return live ? (
        <p>Cancel at the end of the period to return to {plan.name}.</p>
      ) : (
        <p>
          <strong>Current plan</strong>
        </p>
      );
    }
    if (!live) {
      if (billingDetailsMissing) return null;
      const trial = subscription === null && plan.trialDays > 0;
      return (
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            onSubscribe(choice);
          }}
        >
          {trial ? `Start ${plan.trialDays}-day trial ` : 'Subscribe '}
          {named}
        </button>
      );
    }
    if (plan.code === live.planCode && interval === live.interval) {
      return (
        <>
          <p>
            <strong>Current plan</strong>
          </p>
          {live.pendingChange && (
            <button type="button" disabled={busy} onClick={onKeep}>
              Keep {plan.name} <span className="visually-hidden">({interval.toLowerCase()})</span>
            </button>
          )}
        </>
      );
    }
    const next = live.pendingChange;
    if (next?.planCode === plan.code && next.interval === interval) {
      return <p>Starts on {formatDate(next.effectiveAt, live.timeZone)}</p>;
    }
    return (
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          onPreview(choice);
        }}
      >
        Change to this plan {named}
      </button>
    );
  };

  return (
    <>
      <div className="plan-options">
        <IntervalSwitch value={interval} onChange={setBillingInterval} />
      </div>
      <p>Prices exclude VAT.</p>
      <div className="plan-grid">
        {plans.map((plan) => (
          <PlanCard
            key={plan.code}
            plan={plan}
            interval={interval}
            currency={currency}
            signedIn
            level={3}
            action={actionOf(plan)}
          />
        ))}
      </div>
    </>
  );
}
