import type { ApiQuery } from '../../../api/types';
import { createQueryKeys } from '../../../shared/query-keys';

export type UserFilters = ApiQuery<'/api/v1/identity/users'>;

export const userKeys = createQueryKeys<UserFilters>('users');
