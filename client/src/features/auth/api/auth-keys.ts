import { createQueryKeys } from '../../../shared/query-keys';

export const authKeys = createQueryKeys('identity');
