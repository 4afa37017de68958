import { useState } from 'react';
import { defaultCurrency } from '../api/plan-prices';
import type { BillingInterval, PlanCatalogue as Catalogue } from '../api/use-plans';
import { IntervalSwitch } from './interval-switch';
import { PlanCard } from './plan-card';
import { RadioSwitch } from './radio-switch';

interface PlanCatalogueProps {
  catalogue: Catalogue;
  signedIn: boolean;
}

/** The plans in the API's order, priced in the interval and currency the visitor picks. */
export function PlanCatalogue({ catalogue: { plans, currencies }, signedIn }: PlanCatalogueProps) {
  const [interval, setBillingInterval] = useState<BillingInterval>('Monthly');
  const [chosenCurrency, setCurrency] = useState<string>();
  const currency =
    chosenCurrency !== undefined && currencies.includes(chosenCurrency)
      ? chosenCurrency
      : (defaultCurrency(currencies) ?? '');

  return (
    <>
      <div className="plan-options">
        <IntervalSwitch value={interval} onChange={setBillingInterval} />
        {currencies.length > 1 && (
          <RadioSwitch
            legend="Currency"
            name="currency"
            options={currencies.map((c) => ({ value: c, text: c }))}
            value={currency}
            onChange={setCurrency}
          />
        )}
      </div>
      <p>Prices exclude VAT.</p>
      <div className="plan-grid">
        {plans.map((plan) => (
          <PlanCard key={plan.code} plan={plan} interval={interval} currency={currency} signedIn={signedIn} />
        ))}
      </div>
    </>
  );
}
