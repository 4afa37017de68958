import type { BillingInterval, Plan, PlanPrice } from './use-plans';

/** A price's interval in words, after its amount: "€29.00 per month". */
export const PER_INTERVAL = { Monthly: 'per month', Yearly: 'per year' } as const satisfies Record<
  BillingInterval,
  string
>;

/** "Pro, monthly": a plan and the interval it is billed at. */
export const planAndInterval = (name: string, interval: BillingInterval) =>
  `${name}, ${interval.toLowerCase()}`;

/** The currency the page opens in: EUR when plans are priced in it, else the first the API lists. */
export function defaultCurrency(currencies: readonly string[]): string | undefined {
  return currencies.includes('EUR') ? 'EUR' : currencies[0];
}

/** A plan's current price for one interval in one currency, if it has one. */
export function currentPrice(plan: Plan, interval: BillingInterval, currency: string): PlanPrice | undefined {
  return plan.prices.find(
    (p) => p.interval === interval && p.amount.currency === currency && p.retiredAt == null,
  );
}

export interface YearlySaving {
  /** What a year costs less than 12 monthly payments, in the currency's units. */
  amount: number;
  /** The saving in monthly payments, when it is a whole number of them ("2 months free"). */
  months: number | undefined;
}

const cents = (amount: number) => Math.round(amount * 100);

/** What paying yearly saves against 12 monthly payments; undefined when it saves nothing. */
export function yearlySaving(plan: Plan, currency: string): YearlySaving | undefined {
  const monthly = currentPrice(plan, 'Monthly', currency);
  const yearly = currentPrice(plan, 'Yearly', currency);
  if (!monthly || !yearly) return undefined;
  const month = cents(monthly.amount.amount);
  const saved = 12 * month - cents(yearly.amount.amount);
  if (saved <= 0) return undefined;
  return { amount: saved / 100, months: saved % month === 0 ? saved / month : undefined };
}

const currencyFormats = new Map<string, Intl.NumberFormat>();

/** An amount in `currency` as the reader's locale writes money, e.g. "€29.00". */
export function formatMoney(amount: number, currency: string): string {
  let format = currencyFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat(undefined, { style: 'currency', currency });
    currencyFormats.set(currency, format);
  }
  return format.format(amount);
}
