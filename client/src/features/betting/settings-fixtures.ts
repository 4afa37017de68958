import type { Bankroll } from './api/use-betting-settings';
import type { BettingSettings } from './api/settings-form';
import type { OddsCollectionRun, OddsCollectionStatus } from './api/use-odds-collection';

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

/** The odds collection of a fresh organization (`defaultSettings`): no key, no sport, nothing reported. */
export const noCollection: OddsCollectionStatus = {
  oddsApiKeySet: false,
  sportKeys: [],
  collectionIntervalMinutes: 60,
  requestsReserve: 50,
  quotaRemaining: null,
  quotaUsed: null,
  quotaCheckedAt: null,
  lastCollectedAt: null,
};

/** A collection under way: a key, two leagues, 600 of 20,000 credits used. */
export const collection: OddsCollectionStatus = {
  oddsApiKeySet: true,
  sportKeys: ['soccer_epl', 'soccer_germany_bundesliga'],
  collectionIntervalMinutes: 60,
  requestsReserve: 50,
  quotaRemaining: 19_400,
  quotaUsed: 600,
  quotaCheckedAt: '2026-12-01T14:05:00Z',
  lastCollectedAt: '2026-12-01T14:00:00Z',
};

/** A run that found three new events and priced them with one odds request. */
export const collectionRun: OddsCollectionRun = {
  outcome: 'Collected',
  eventsAdded: 3,
  eventsUpdated: 0,
  oddsRequests: 1,
  snapshotsStored: 42,
  scoresRequests: 0,
  eventsCompleted: 0,
  skippedForReserve: 0,
  quotaRemaining: 19_394,
  quotaUsed: 606,
};
