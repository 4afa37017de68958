import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ApiResult } from '../../../api/types';
import { authKeys } from './auth-keys';

export type CurrentUser = ApiResult<'/api/v1/identity/me', 'get'>;

export const currentUserQuery = () =>
  queryOptions({
    queryKey: authKeys.key('me'),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/identity/me', { signal })),
    staleTime: 60_000,
  });

export const useCurrentUser = () => useQuery(currentUserQuery());

export const hasRole = (user: CurrentUser | undefined, role: string) => user?.roles.includes(role) ?? false;
