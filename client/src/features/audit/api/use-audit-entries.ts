import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ApiResult } from '../../../api/types';
import { auditKeys, type AuditQuery } from './audit-keys';

export type AuditEntry = ApiResult<'/api/v1/platform/audit-entries', 'get'>['items'][number];

export const auditEntriesQuery = (query: AuditQuery) =>
  queryOptions({
    queryKey: auditKeys.list(query),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/platform/audit-entries', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });

export const useAuditEntries = (query: AuditQuery) => useQuery(auditEntriesQuery(query));
