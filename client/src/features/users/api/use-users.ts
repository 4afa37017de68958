import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ApiResult } from '../../../api/types';
import { listQuery } from '../../../shared/list-query';
import { useInvalidatingMutation } from '../../../shared/use-invalidating-mutation';
import { userKeys, type UserFilters } from './user-keys';

export type User = ApiResult<'/api/v1/identity/users', 'get'>['items'][number];

export const usersQuery = (filters: UserFilters) =>
  listQuery(userKeys.list(filters), async (signal) =>
    unwrap(await api.GET('/api/v1/identity/users', { params: { query: filters }, signal })),
  );

export const useUsers = (filters: UserFilters) => useQuery(usersQuery(filters));

export const useSetUserRoles = () =>
  useInvalidatingMutation(userKeys.lists(), async ({ id, roles }: { id: string; roles: string[] }) =>
    unwrap(await api.PUT('/api/v1/identity/users/{id}/roles', { params: { path: { id } }, body: { roles } })),
  );
