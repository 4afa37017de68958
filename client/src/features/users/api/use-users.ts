import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ApiResult } from '../../../api/types';
import { userKeys, type UserFilters } from './user-keys';

export type User = ApiResult<'/api/v1/identity/users', 'get'>['items'][number];

export const usersQuery = (filters: UserFilters) =>
  queryOptions({
    queryKey: userKeys.list(filters),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/identity/users', { params: { query: filters }, signal })),
    placeholderData: keepPreviousData,
  });

export const useUsers = (filters: UserFilters) => useQuery(usersQuery(filters));

export function useSetUserRoles() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, roles }: { id: string; roles: string[] }) =>
      unwrap(
        await api.PUT('/api/v1/identity/users/{id}/roles', { params: { path: { id } }, body: { roles } }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: userKeys.lists() }),
  });
}
