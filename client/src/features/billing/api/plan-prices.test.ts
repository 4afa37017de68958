import { defaultCurrency, yearlySaving } from './plan-prices';
import type { Plan } from './use-plans';

const plan = (monthly: number, yearly: number): Plan => ({
  code: 'Pro',
  name: 'Pro',
  description: '',
  trialDays: 0,
  requestsPerMinute: 1,
  monthlyQuota: 1,
  prices: [
    { interval: 'Monthly', amount: monthly, revision: 1 },
    { interval: 'Yearly', amount: yearly, revision: 1 },
  ].map(({ interval, amount, revision }) => ({
    id: `${interval}-id`,
    interval: interval as 'Monthly' | 'Yearly',
    amount: { amount, currency: 'EUR' },
    revision,
    activeFrom: '2026-11-01T00:00:00Z',
    retiredAt: null,
  })),
});

describe('yearly saving', () => {
  it('counts the months a year gives for free when they are whole', () => {
    expect(yearlySaving(plan(29, 290), 'EUR')).toEqual({ amount: 58, months: 2 });
    expect(yearlySaving(plan(9.99, 99.9), 'EUR')).toEqual({ amount: 19.98, months: 2 });
  });

  it('gives only the amount when it is not a whole number of months', () => {
    expect(yearlySaving(plan(12, 130), 'EUR')).toEqual({ amount: 14, months: undefined });
  });

  it('is nothing when a year costs 12 months or more, or the plan is free or unpriced', () => {
    expect(yearlySaving(plan(10, 120), 'EUR')).toBeUndefined();
    expect(yearlySaving(plan(10, 130), 'EUR')).toBeUndefined();
    expect(yearlySaving(plan(0, 0), 'EUR')).toBeUndefined();
    expect(yearlySaving(plan(29, 290), 'USD')).toBeUndefined();
  });
});

describe('default currency', () => {
  it('is EUR when offered, else the first', () => {
    expect(defaultCurrency(['USD', 'EUR'])).toBe('EUR');
    expect(defaultCurrency(['USD', 'GBP'])).toBe('USD');
    expect(defaultCurrency([])).toBeUndefined();
  });
});
