import type { ApiQuery } from '../../../api/types';
import { createQueryKeys } from '../../../shared/query-keys';

export type ApiKeyListParams = ApiQuery<'/api/v1/identity/api-keys'>;

export const apiKeyKeys = createQueryKeys<ApiKeyListParams>('api-keys');
