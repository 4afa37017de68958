import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../../shared/format';
import { ProblemAlert, Spinner } from '../../../shared/ui';
import { hasRole, useCurrentUser } from '../../auth';
import { defaultCurrency, planAndInterval } from '../api/plan-prices';
import { useBillingCustomer } from '../api/use-billing-customer';
import { usePlans } from '../api/use-plans';
import {
  isBillingCustomerMissing,
  isLive,
  isVersionMismatch,
  useCancelSubscription,
  useChangePlan,
  usePlanChangePreview,
  useResumeSubscription,
  useSubscribe,
  useSubscription,
  type PlanChoice,
} from '../api/use-subscription';
import { CancelPanel } from '../components/subscription/cancel-panel';
import { ChangePreview } from '../components/subscription/change-preview';
import { CurrentPlan } from '../components/subscription/current-plan';
import { PlanChooser } from '../components/subscription/plan-chooser';

/** What the last request did, for the live region. */
interface Outcome {
  text: string;
  /** The invoice a change issued at once, if any. */
  invoiceId?: string | null;
}

/** Why the last request failed, and what it was. */
interface Failure {
  error: unknown;
  context: string;
}

const BILLING_DETAILS_FIRST = (
  <p>
    Save your <Link to="/billing/details">billing details</Link> first: a subscription is invoiced to them, in
    their currency.
  </p>
);

/**
 * `/billing/subscription` (every member): the plan the organization is on; Admins also subscribe, preview and
 * change plans, cancel and resume.
 */
export function SubscriptionPage() {
  const subscription = useSubscription();
  const plans = usePlans();
  const me = useCurrentUser();
  const isAdmin = hasRole(me.data, 'Admin');
  const live = isLive(subscription.data) ? subscription.data : undefined;
  // Before a subscription the plans are priced in the billing details' currency (Admins only may read them).
  const customer = useBillingCustomer(isAdmin && subscription.isSuccess && !live);

  const [choice, setChoice] = useState<PlanChoice>();
  const preview = usePlanChangePreview(choice);
  const [outcome, setOutcome] = useState<Outcome>();
  const [failure, setFailure] = useState<Failure>();
  const subscribe = useSubscribe();
  const change = useChangePlan();
  const cancel = useCancelSubscription();
  const resume = useResumeSubscription();
  const busy = subscribe.isPending || change.isPending || cancel.isPending || resume.isPending;

  const planName = (code: string) => plans.data?.plans.find((p) => p.code === code)?.name ?? code;
  const named = (c: PlanChoice) => planAndInterval(planName(c.planCode), c.interval);

  const started = () => {
    setOutcome(undefined);
    setFailure(undefined);
  };
  const failed = (context: string) => (error: unknown) => {
    setFailure({ error, context });
    if (isVersionMismatch(error)) {
      setChoice(undefined);
      void subscription.refetch();
    }
  };

  const onSubscribe = (c: PlanChoice) => {
    started();
    setChoice(undefined);
    subscribe.mutate(
      { body: c, key: crypto.randomUUID() },
      {
        onSuccess: (s) => {
          setOutcome({
            text:
              s.status === 'Trialing'
                ? `Subscribed to ${named(c)}: your trial runs until ${formatDate(s.trialEndsAt ?? s.periodEnd, s.timeZone)}.`
                : `Subscribed to ${named(c)}.`,
          });
        },
        onError: failed('Could not subscribe.'),
      },
    );
  };

  const onChange = (c: PlanChoice, keep: boolean) => {
    if (!live) return;
    started();
    change.mutate(
      // A fresh key per confirmation: a retry of this one replays its answer and bills nothing twice.
      { body: { ...c, version: live.version }, key: crypto.randomUUID() },
      {
        onSuccess: (done) => {
          setChoice(undefined);
          setOutcome({
            text: keep
              ? `The change waiting for the period’s end is dropped: you stay on ${named(c)}.`
              : done.timing === 'AtPeriodEnd'
                ? `${named(c)} starts on ${formatDate(done.effectiveAt, done.subscription.timeZone)}.`
                : `You are now on ${named(c)}.`,
            invoiceId: done.invoiceId,
          });
        },
        onError: failed('Could not change the plan.'),
      },
    );
  };

  const onCancel = (atPeriodEnd: boolean) => {
    if (!live) return;
    started();
    setChoice(undefined);
    cancel.mutate(
      { atPeriodEnd, version: live.version },
      {
        onSuccess: (s) => {
          setOutcome({
            text: atPeriodEnd
              ? `Your subscription ends on ${formatDate(s.periodEnd, s.timeZone)}.`
              : 'Your subscription has ended: you are on the Free plan.',
          });
        },
        onError: failed('Could not cancel the subscription.'),
      },
    );
  };

  const onResume = () => {
    if (!live) return;
    started();
    resume.mutate(live.version, {
      onSuccess: () => {
        setOutcome({ text: 'Your subscription renews again.' });
      },
      onError: failed('Could not resume the subscription.'),
    });
  };

  const retry = () => {
    void subscription.refetch();
    void plans.refetch();
  };

  let content: ReactNode;
  if (subscription.isPending || plans.isPending) {
    content = <Spinner label="Loading the subscription" />;
  } else if (subscription.isError || plans.isError) {
    const fetching = subscription.isFetching || plans.isFetching;
    content = (
      <>
        <ProblemAlert error={subscription.error ?? plans.error} context="Could not load the subscription." />
        <button type="button" disabled={fetching} onClick={retry}>
          {fetching ? 'Trying again…' : 'Try again'}
        </button>
      </>
    );
  } else {
    const currency =
      live?.price.currency ?? customer.data?.currency ?? defaultCurrency(plans.data.currencies) ?? '';
    content = (
      <>
        <CurrentPlan subscription={subscription.data} planName={planName} />
        {failure &&
          (isVersionMismatch(failure.error) ? (
            <div role="alert" className="alert alert-error">
              <p>
                <strong>The subscription changed since you loaded it.</strong> Nothing was changed: it has
                been reloaded, so check it and try again.
              </p>
            </div>
          ) : (
            <>
              <ProblemAlert error={failure.error} context={failure.context} />
              {isBillingCustomerMissing(failure.error) && BILLING_DETAILS_FIRST}
            </>
          ))}
        {outcome && (
          <p role="status">
            {outcome.text}
            {outcome.invoiceId && (
              <>
                {' '}
                <Link to={`/billing/invoices/${outcome.invoiceId}`}>View the invoice</Link>
              </>
            )}
          </p>
        )}
        {!isAdmin ? (
          <p>Only Admins can subscribe, change the plan or cancel.</p>
        ) : (
          <>
            <section aria-labelledby="choose-plan-title">
              <h2 id="choose-plan-title">Choose a plan</h2>
              {!live && customer.isPending ? (
                <Spinner label="Loading the billing details" />
              ) : !live && customer.isError ? (
                <ProblemAlert error={customer.error} context="Could not load the billing details." />
              ) : (
                <>
                  {!live && customer.data === null && BILLING_DETAILS_FIRST}
                  <PlanChooser
                    plans={plans.data.plans}
                    currency={currency}
                    subscription={subscription.data}
                    billingDetailsMissing={!live && customer.data === null}
                    busy={busy}
                    onSubscribe={onSubscribe}
                    onPreview={(c) => {
                      started();
                      setChoice(c);
                    }}
                    onKeep={() => {
                      if (live) onChange({ planCode: live.planCode, interval: live.interval }, true);
                    }}
                  />
                </>
              )}
            </section>
            {choice && live && (
              <ChangePreview
                key={`${choice.planCode}-${choice.interval}`}
                planName={planName(choice.planCode)}
                timeZone={live.timeZone}
                preview={preview.data}
                error={preview.error}
                busy={busy}
                onConfirm={() => {
                  onChange(choice, false);
                }}
                onCancel={() => {
                  setChoice(undefined);
                }}
              />
            )}
            {live && <CancelPanel subscription={live} busy={busy} onCancel={onCancel} onResume={onResume} />}
          </>
        )}
      </>
    );
  }

  return (
    <>
      <h1>Subscription</h1>
      {content}
    </>
  );
}
