import type { Role } from '../../shared/roles';

/** Who may import data: everyone in the organization but Viewers (the API answers them 403). */
export const IMPORT_ROLES: readonly Role[] = ['Admin', 'Advisor', 'Member'];
