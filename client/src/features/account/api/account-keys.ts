import { createQueryKeys } from '../../../shared/query-keys';

export const accountKeys = createQueryKeys('account');
