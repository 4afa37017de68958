import { useSearchParams } from 'react-router';
import { readPage } from './search-params';
import type { Paging } from './ui';

/** A list's paging kept in the URL (`?page=`): turning the page keeps the URL's other parameters, its filters. */
export function useUrlPaging(pageSize: number): Paging {
  const [params, setParams] = useSearchParams();
  return {
    page: readPage(params),
    pageSize,
    onPageChange: (page) => {
      const next = new URLSearchParams(params);
      next.set('page', String(page));
      setParams(next);
    },
  };
}
