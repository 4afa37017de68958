import type { ApiQuery } from '../../../api/types';
import { createQueryKeys } from '../../../shared/query-keys';

export type AuditQuery = ApiQuery<'/api/v1/platform/audit-entries'>;

export const auditKeys = createQueryKeys<AuditQuery>('audit');
