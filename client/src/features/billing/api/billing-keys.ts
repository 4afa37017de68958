import { createQueryKeys } from '../../../shared/query-keys';

export const billingKeys = createQueryKeys('billing');
