import type { ApiQuery } from '../../../api/types';

export type ApiKeyListParams = ApiQuery<'/api/v1/identity/api-keys'>;

export const apiKeyKeys = {
  all: ['api-keys'] as const,
  lists: () => [...apiKeyKeys.all, 'list'] as const,
  list: (params: ApiKeyListParams) => [...apiKeyKeys.lists(), params] as const,
};
