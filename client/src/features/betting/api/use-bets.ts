import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ApiResult } from '../../../api/types';
import { listQuery } from '../../../shared/list-query';
import { bettingKeys, type BetListQuery } from './betting-keys';

export type Bet = ApiResult<'/api/v1/betting/bets', 'get'>['items'][number];
export type BetStatus = Bet['status'];

export const BET_STATUSES: readonly BetStatus[] = [
  'Pending',
  'Won',
  'HalfWon',
  'Push',
  'HalfLost',
  'Lost',
  'Void',
];

export const betsQuery = (query: BetListQuery) =>
  listQuery(bettingKeys.bets(query), async (signal) =>
    unwrap(await api.GET('/api/v1/betting/bets', { params: { query }, signal })),
  );

/** One page of the organization's bets, latest placed first. */
export const useBets = (query: BetListQuery) => useQuery(betsQuery(query));
