import { createQueryKeys } from '../../../shared/query-keys';

export const dashboardKeys = createQueryKeys('dashboard');
