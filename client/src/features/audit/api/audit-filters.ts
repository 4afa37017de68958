import { readParams } from '../../../shared/search-params';
import type { AuditQuery } from './audit-keys';
import { AUDIT_OUTCOMES, type AuditOutcome } from './audit-outcomes';

/** Filters as they live in the URL: plain strings, dates as yyyy-mm-dd. */
export interface AuditFilters {
  action: string;
  entityType: string;
  outcome: string;
  from: string;
  to: string;
}

export const FILTER_NAMES = ['action', 'entityType', 'outcome', 'from', 'to'] as const;

export const readAuditFilters = (params: URLSearchParams): AuditFilters => readParams(params, FILTER_NAMES);

const isOutcome = (v: string): v is AuditOutcome => (AUDIT_OUTCOMES as readonly string[]).includes(v);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `from` is the start of that UTC day, `to` the end of it. */
export function toAuditQuery(filters: AuditFilters, page: number, pageSize: number): AuditQuery {
  const query: AuditQuery = { page, pageSize };
  if (filters.action) query.action = filters.action;
  if (filters.entityType) query.entityType = filters.entityType;
  if (isOutcome(filters.outcome)) query.outcome = filters.outcome;
  if (DATE.test(filters.from)) query.from = `${filters.from}T00:00:00.000Z`;
  if (DATE.test(filters.to)) query.to = `${filters.to}T23:59:59.999Z`;
  return query;
}
