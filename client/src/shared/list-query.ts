import { keepPreviousData, queryOptions, type QueryKey } from '@tanstack/react-query';

/**
 * The query of one page of a list: the page shown stays while the next one loads, so changing the page or
 * the filters does not blank the table. `queryKey` must hold everything `fetchPage` sends.
 */
export const listQuery = <TPage, TKey extends QueryKey>(
  queryKey: TKey,
  fetchPage: (signal: AbortSignal) => Promise<TPage>,
) =>
  queryOptions({
    queryKey,
    queryFn: ({ signal }) => fetchPage(signal),
    placeholderData: keepPreviousData,
  });
