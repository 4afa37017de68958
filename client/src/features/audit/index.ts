export { auditKeys } from './api/audit-keys';
export { AuditPage } from './routes/audit-page';
