import { api, unwrap } from '../../../api/client';
import type { ApiBody, ApiResult } from '../../../api/types';
import { useInvalidatingMutation } from '../../../shared/use-invalidating-mutation';
import { bettingKeys } from './betting-keys';

export type PlaceBetBody = ApiBody<'/api/v1/betting/bets', 'post'>;
export type EditBetBody = ApiBody<'/api/v1/betting/bets/{id}', 'put'>;
export type PlacedBet = ApiResult<'/api/v1/betting/bets', 'post'>;

/** Records a bet; `key` is made once per dialog, so a retry replays the first answer and never records twice. */
export const usePlaceBet = () =>
  useInvalidatingMutation(bettingKeys.ledger(), async ({ body, key }: { body: PlaceBetBody; key: string }) =>
    unwrap(await api.POST('/api/v1/betting/bets', { body, params: { header: { 'Idempotency-Key': key } } })),
  );

/** Corrects a pending bet; the body carries the version read, so a bet changed since is a 409. */
export const useEditBet = () =>
  useInvalidatingMutation(bettingKeys.ledger(), async ({ id, body }: { id: string; body: EditBetBody }) =>
    unwrap(await api.PUT('/api/v1/betting/bets/{id}', { params: { path: { id } }, body })),
  );

export const useVoidBet = () =>
  useInvalidatingMutation(bettingKeys.ledger(), async (id: string) =>
    unwrap(await api.POST('/api/v1/betting/bets/{id}/void', { params: { path: { id } } })),
  );

export const useDeleteBet = () =>
  useInvalidatingMutation(bettingKeys.ledger(), async (id: string) => {
    unwrap(await api.DELETE('/api/v1/betting/bets/{id}', { params: { path: { id } } }));
  });
