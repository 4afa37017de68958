import { useSearchParams } from 'react-router';
import { readPage } from './search-params';
import type { Paging } from './ui';

/**
 * A list's paging kept in the URL (`?page=`, or `key` when a page holds two lists): turning the page keeps the URL's
 * other parameters, its filters.
 */
export function useUrlPaging(pageSize: number, key = 'page'): Paging {
  const [params, setParams] = useSearchParams();
  return {
    page: readPage(params, key),
    pageSize,
    onPageChange: (page) => {
      const next = new URLSearchParams(params);
      next.set(key, String(page));
      setParams(next);
    },
  };
}
