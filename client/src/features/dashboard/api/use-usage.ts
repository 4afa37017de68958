import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ApiResult } from '../../../api/types';
import { dashboardKeys } from './dashboard-keys';

export type Usage = ApiResult<'/api/v1/identity/usage', 'get'>;

export const usageQuery = () =>
  queryOptions({
    queryKey: dashboardKeys.key('usage'),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/identity/usage', { signal })),
    refetchOnWindowFocus: 'always',
  });

export const useUsage = () => useQuery(usageQuery());
