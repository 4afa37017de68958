import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ApiResult } from '../../../api/types';
import { useInvalidatingMutation } from '../../../shared/use-invalidating-mutation';
import { bettingKeys } from './betting-keys';
import type { BettingSettingsBody } from './settings-form';

export type Bankroll = ApiResult<'/api/v1/betting/bankroll', 'get'>;

export const bettingSettingsQuery = () =>
  queryOptions({
    queryKey: bettingKeys.settings(),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/betting/settings', { signal })),
  });

export const bankrollQuery = () =>
  queryOptions({
    queryKey: bettingKeys.bankroll(),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/betting/bankroll', { signal })),
  });

export const useBettingSettings = () => useQuery(bettingSettingsQuery());

export const useBankroll = () => useQuery(bankrollQuery());

/** Saves the settings (Admins); the settings and the bankroll load again. */
export const useSaveBettingSettings = () =>
  useInvalidatingMutation(bettingKeys.settings(), async (body: BettingSettingsBody) =>
    unwrap(await api.PUT('/api/v1/betting/settings', { body })),
  );
