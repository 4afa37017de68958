import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { EmptyState } from './empty-state';
import { Pager } from './pager';
import { ProblemAlert } from './problem-alert';
import { Spinner } from './spinner';

/** Which page of a list is shown, how long a page is, and how to turn to another. */
export interface Paging {
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
}

interface PagedResultsProps<T> {
  query: UseQueryResult<{ items: T[]; totalCount: number }>;
  /** What the spinner says while the first page loads, e.g. "Loading users". */
  loadingLabel: string;
  /** What an empty page says. */
  empty: ReactNode;
  paging: Paging;
  /** The pager's accessible name, when a page shows more than one list. */
  pagerLabel?: string;
  /** Renders the items of a page that has some. */
  children: (items: T[]) => ReactNode;
}

/** One page of a list query: its loading, error and empty states, or its items and a pager. */
export function PagedResults<T>({
  query,
  loadingLabel,
  empty,
  paging: { page, pageSize, onPageChange },
  pagerLabel,
  children,
}: PagedResultsProps<T>) {
  if (query.isPending) return <Spinner label={loadingLabel} />;
  if (query.isError) return <ProblemAlert error={query.error} />;
  if (query.data.items.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <>
      {children(query.data.items)}
      <Pager
        page={page}
        pageSize={pageSize}
        totalCount={query.data.totalCount}
        onChange={onPageChange}
        label={pagerLabel}
      />
    </>
  );
}
