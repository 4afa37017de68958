import type { Bankroll } from './api/use-betting-settings';
import type { BettingSettings } from './api/settings-form';

/** A fresh organization's settings: the API's defaults, with no key. */
export const defaultSettings: BettingSettings = {
  initialBankroll: { amount: 1000, currency: 'EUR' },
  kellyFraction: 0.25,
  minimumEdge: 0.02,
  maxBetShare: 0.05,
  maxOpenShare: 0.25,
  collectionIntervalMinutes: 60,
  requestsReserve: 50,
  regions: ['eu'],
  sportKeys: [],
  agents: { anomaly: true, spread: true, pattern: true, backtest: true },
  alerts: { opportunityEdge: 0.1, lineMovePercent: 10, kickOffReminderMinutes: 30 },
  oddsApiKeySet: false,
  oddsApiKeyHint: null,
  version: 0,
  updatedAt: null,
};

export const bankroll: Bankroll = {
  initial: { amount: 1000, currency: 'EUR' },
  settledProfit: { amount: 3.58, currency: 'EUR' },
  current: { amount: 1003.58, currency: 'EUR' },
  openStakes: { amount: 25, currency: 'EUR' },
  available: { amount: 978.58, currency: 'EUR' },
  openShare: 0.024911,
  pendingBets: 1,
  settledBets: 5,
  otherCurrencyBets: 0,
};
