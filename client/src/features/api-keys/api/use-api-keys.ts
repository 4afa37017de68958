import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ApiResult } from '../../../api/types';
import { apiKeyKeys, type ApiKeyListParams } from './api-key-keys';

export type ApiKey = ApiResult<'/api/v1/identity/api-keys', 'get'>['items'][number];

export const apiKeysQuery = (params: ApiKeyListParams) =>
  queryOptions({
    queryKey: apiKeyKeys.list(params),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/identity/api-keys', { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
  });

export const useApiKeys = (params: ApiKeyListParams) => useQuery(apiKeysQuery(params));
