import type { ApiQuery } from '../../../api/types';

export type MarketStudyQuery = ApiQuery<'/api/v1/betting/studies/market'>;
export type BacktestQuery = ApiQuery<'/api/v1/betting/studies/backtest'>;
export type BetListQuery = ApiQuery<'/api/v1/betting/bets'>;
export type EventListQuery = ApiQuery<'/api/v1/betting/events'>;
export type AnalyticsQuery = ApiQuery<'/api/v1/betting/analytics/summary'>;
export type OpportunityListQuery = ApiQuery<'/api/v1/betting/opportunities'>;

/** Query keys for betting data, general → specific; an import invalidates them all. */
export const bettingKeys = {
  all: ['betting'] as const,
  key: (...parts: string[]) => [...bettingKeys.all, ...parts] as const,
  studies: () => [...bettingKeys.all, 'studies'] as const,
  marketStudy: (query: MarketStudyQuery) => [...bettingKeys.studies(), 'market', query] as const,
  backtestRun: (id: string) => [...bettingKeys.studies(), 'backtest-run', id] as const,
  /** Bets and the figures computed from them: a bet placed, edited, voided or deleted invalidates both. */
  ledger: () => [...bettingKeys.all, 'ledger'] as const,
  bets: (query: BetListQuery) => [...bettingKeys.ledger(), 'bets', query] as const,
  analytics: (kind: string, query: object) => [...bettingKeys.ledger(), 'analytics', kind, query] as const,
  events: (query: EventListQuery) => [...bettingKeys.all, 'events', query] as const,
  /** Saving the settings changes the bankroll too (its initial amount): both sit under this key. */
  settings: () => [...bettingKeys.all, 'settings'] as const,
  bankroll: () => [...bettingKeys.settings(), 'bankroll'] as const,
  /** The Odds API collection shows the settings' key, sports, interval and reserve: under the settings key too. */
  oddsCollection: () => [...bettingKeys.settings(), 'odds-collection'] as const,
  /** Opportunities: an agent run invalidates every list and detail under this key. */
  opportunities: () => [...bettingKeys.all, 'opportunities'] as const,
  opportunityList: (query: OpportunityListQuery) => [...bettingKeys.opportunities(), 'list', query] as const,
  opportunity: (id: string) => [...bettingKeys.opportunities(), 'one', id] as const,
  /** The caller's own alert preferences. */
  alertPreferences: () => [...bettingKeys.all, 'alert-preferences'] as const,
  /** A suggestion depends on the settings and the open bets: kept under the settings key. */
  stakeSuggestion: (odds: number, probability: number) =>
    [...bettingKeys.settings(), 'stake', odds, probability] as const,
};
