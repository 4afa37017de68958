import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ApiResult } from '../../../api/types';
import { listQuery } from '../../../shared/list-query';
import { auditKeys, type AuditQuery } from './audit-keys';

export type AuditEntry = ApiResult<'/api/v1/platform/audit-entries', 'get'>['items'][number];

export const auditEntriesQuery = (query: AuditQuery) =>
  listQuery(auditKeys.list(query), async (signal) =>
    unwrap(await api.GET('/api/v1/platform/audit-entries', { params: { query }, signal })),
  );

export const useAuditEntries = (query: AuditQuery) => useQuery(auditEntriesQuery(query));
