import type { NavItem } from '../../shared/nav-item';

export const usersNav: readonly NavItem[] = [{ to: '/admin/users', label: 'Users', role: 'Admin' }];
