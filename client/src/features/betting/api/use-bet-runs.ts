import { api, unwrap } from '../../../api/client';
import type { ApiResult } from '../../../api/types';
import { useInvalidatingMutation } from '../../../shared/use-invalidating-mutation';
import { bettingKeys } from './betting-keys';

export type SettlementRun = ApiResult<'/api/v1/betting/settlement-runs', 'post'>;
export type ClosingLineRun = ApiResult<'/api/v1/betting/closing-line-runs', 'post'>;

/**
 * Settles the pending bets whose result is in, then records the closing lines, as the scheduled jobs would; both
 * change bets, figures and the bankroll, so every betting query is refreshed.
 */
export const useSettleNow = () =>
  useInvalidatingMutation(bettingKeys.all, async () => {
    const settlement = unwrap(await api.POST('/api/v1/betting/settlement-runs'));
    const closingLines = unwrap(await api.POST('/api/v1/betting/closing-line-runs'));
    return { settlement, closingLines };
  });
