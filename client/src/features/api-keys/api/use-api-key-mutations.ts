import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ApiBody, ApiResult } from '../../../api/types';
import { apiKeyKeys } from './api-key-keys';

export type CreateApiKeyBody = ApiBody<'/api/v1/identity/api-keys', 'post'>;
export type CreatedApiKey = ApiResult<'/api/v1/identity/api-keys', 'post'>;

export function useCreateApiKey() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateApiKeyBody) =>
      unwrap(await api.POST('/api/v1/identity/api-keys', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: apiKeyKeys.lists() }),
  });
}

export function useRevokeApiKey() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      unwrap(await api.DELETE('/api/v1/identity/api-keys/{id}', { params: { path: { id } } }));
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: apiKeyKeys.lists() }),
  });
}
