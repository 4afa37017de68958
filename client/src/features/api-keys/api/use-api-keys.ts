import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ApiResult } from '../../../api/types';
import { listQuery } from '../../../shared/list-query';
import { apiKeyKeys, type ApiKeyListParams } from './api-key-keys';

export type ApiKey = ApiResult<'/api/v1/identity/api-keys', 'get'>['items'][number];

export const apiKeysQuery = (params: ApiKeyListParams) =>
  listQuery(apiKeyKeys.list(params), async (signal) =>
    unwrap(await api.GET('/api/v1/identity/api-keys', { params: { query: params }, signal })),
  );

export const useApiKeys = (params: ApiKeyListParams) => useQuery(apiKeysQuery(params));
