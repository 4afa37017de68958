import { useSearchParams } from 'react-router';
import { readPage } from '../../../shared/search-params';
import { useChosenValue } from '../../../shared/use-chosen-value';
import { hasRole, useCurrentUser } from '../../auth';

/** The page number, and whether an Admin looks at every member's keys, kept in the URL. */
export function useApiKeysParams() {
  const [params, setParams] = useSearchParams();
  const page = readPage(params);
  const me = useCurrentUser();
  const isAdmin = hasRole(me.data, 'Admin');
  const [allMembers, chooseAllMembers] = useChosenValue(isAdmin && params.get('all') === '1');
  return {
    page,
    isAdmin,
    allMembers,
    showAllMembers: (show: boolean) => {
      chooseAllMembers(show);
      setParams(show ? { all: '1' } : {});
    },
    setPage: (next: number) => {
      setParams({ page: String(next), ...(allMembers ? { all: '1' } : {}) });
    },
  };
}
