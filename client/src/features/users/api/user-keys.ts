import type { ApiQuery } from '../../../api/types';

export type UserFilters = ApiQuery<'/api/v1/identity/users'>;

export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
  list: (filters: UserFilters) => [...userKeys.lists(), filters] as const,
};
