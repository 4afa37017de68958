import type { NavItem } from '../../shared/nav-item';

export const membersNav: readonly NavItem[] = [{ to: '/admin/members', label: 'Members', role: 'Admin' }];
