export { auditKeys } from './api/audit-keys';
export { auditNav } from './audit-nav';
export { auditRoutes } from './routes/audit-routes';
