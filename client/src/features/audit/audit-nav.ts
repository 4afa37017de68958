import type { NavItem } from '../../shared/nav-item';

export const auditNav: readonly NavItem[] = [{ to: '/admin/audit', label: 'Audit log', role: 'Admin' }];
