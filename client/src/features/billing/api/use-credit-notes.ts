import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ApiQuery, ApiResult } from '../../../api/types';
import { listQuery } from '../../../shared/list-query';
import { billingKeys } from './billing-keys';

type Path = '/api/v1/billing/credit-notes';

export type CreditNoteSummary = ApiResult<Path, 'get'>['items'][number];
export type CreditNoteKind = CreditNoteSummary['kind'];
export type CreditNoteListQuery = ApiQuery<Path>;

export const creditNotesQuery = (query: CreditNoteListQuery) =>
  listQuery([...billingKeys.key('credit-notes'), query] as const, async (signal) =>
    unwrap(await api.GET('/api/v1/billing/credit-notes', { params: { query }, signal })),
  );

/** One page of the organization's credit notes (Admins), newest first. */
export const useCreditNotes = (query: CreditNoteListQuery) => useQuery(creditNotesQuery(query));
