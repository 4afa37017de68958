import type { ApiQuery } from '../../../api/types';

export type AuditQuery = ApiQuery<'/api/v1/platform/audit-entries'>;

export const auditKeys = {
  all: ['audit'] as const,
  lists: () => [...auditKeys.all, 'list'] as const,
  list: (query: AuditQuery) => [...auditKeys.lists(), query] as const,
};
