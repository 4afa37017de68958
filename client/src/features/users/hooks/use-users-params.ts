import { useSearchParams } from 'react-router';
import { compactParams, readPage } from '../../../shared/search-params';

/** The users page's search and page number, kept in the URL so a list can be linked and reloaded. */
export function useUsersParams() {
  const [params, setParams] = useSearchParams();
  const page = readPage(params);
  const search = params.get('search') ?? '';
  return {
    page,
    search,
    setSearch: (next: string) => {
      setParams(compactParams({ search: next }));
    },
    setPage: (next: number) => {
      setParams(compactParams({ search, page: String(next) }));
    },
  };
}
