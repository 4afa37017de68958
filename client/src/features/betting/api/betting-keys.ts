import type { ApiQuery } from '../../../api/types';

export type MarketStudyQuery = ApiQuery<'/api/v1/betting/studies/market'>;
export type BacktestQuery = ApiQuery<'/api/v1/betting/studies/backtest'>;

/** Query keys for betting data, general → specific; an import invalidates them all. */
export const bettingKeys = {
  all: ['betting'] as const,
  key: (...parts: string[]) => [...bettingKeys.all, ...parts] as const,
  studies: () => [...bettingKeys.all, 'studies'] as const,
  marketStudy: (query: MarketStudyQuery) => [...bettingKeys.studies(), 'market', query] as const,
  backtest: (query: BacktestQuery) => [...bettingKeys.studies(), 'backtest', query] as const,
  /** Saving the settings changes the bankroll too (its initial amount): both sit under this key. */
  settings: () => [...bettingKeys.all, 'settings'] as const,
  bankroll: () => [...bettingKeys.settings(), 'bankroll'] as const,
};
