import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ApiQuery, ApiResult } from '../../../api/types';
import { listQuery } from '../../../shared/list-query';
import { billingKeys } from './billing-keys';

type Path = '/api/v1/billing/credits';

export type CreditBalance = ApiResult<Path, 'get'>['balances'][number];
export type CreditGrant = ApiResult<`${Path}/grants`, 'get'>['items'][number];
export type CreditLedgerEntry = ApiResult<`${Path}/ledger`, 'get'>['items'][number];
export type CreditLedgerKind = CreditLedgerEntry['kind'];
export type CreditGrantQuery = ApiQuery<`${Path}/grants`>;
export type CreditLedgerQuery = ApiQuery<`${Path}/ledger`>;

/** Every query of the credits: the wallet, the grants and the ledger. */
export const creditKeys = billingKeys.key('credits');

export const creditWalletQuery = () =>
  queryOptions({
    queryKey: [...creditKeys, 'wallet'] as const,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/billing/credits', { signal })),
  });

/** What the organization's live credits hold now, one balance per currency (Admins). */
export const useCreditWallet = () => useQuery(creditWalletQuery());

/** One page of the organization's credit grants (Admins), newest first. */
export const useCreditGrants = (query: CreditGrantQuery) =>
  useQuery(
    listQuery([...creditKeys, 'grants', query] as const, async (signal) =>
      unwrap(await api.GET('/api/v1/billing/credits/grants', { params: { query }, signal })),
    ),
  );

/** One page of the organization's credit ledger (Admins), newest first, of one grant or of all. */
export const useCreditLedger = (query: CreditLedgerQuery) =>
  useQuery(
    listQuery([...creditKeys, 'ledger', query] as const, async (signal) =>
      unwrap(await api.GET('/api/v1/billing/credits/ledger', { params: { query }, signal })),
    ),
  );
