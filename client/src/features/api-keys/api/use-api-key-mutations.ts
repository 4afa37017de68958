import { api, unwrap } from '../../../api/client';
import type { ApiBody, ApiResult } from '../../../api/types';
import { useInvalidatingMutation } from '../../../shared/use-invalidating-mutation';
import { apiKeyKeys } from './api-key-keys';

export type CreateApiKeyBody = ApiBody<'/api/v1/identity/api-keys', 'post'>;
export type CreatedApiKey = ApiResult<'/api/v1/identity/api-keys', 'post'>;

export const useCreateApiKey = () =>
  useInvalidatingMutation(apiKeyKeys.lists(), async (body: CreateApiKeyBody) =>
    unwrap(await api.POST('/api/v1/identity/api-keys', { body })),
  );

export const useRevokeApiKey = () =>
  useInvalidatingMutation(apiKeyKeys.lists(), async (id: string) => {
    unwrap(await api.DELETE('/api/v1/identity/api-keys/{id}', { params: { path: { id } } }));
  });
