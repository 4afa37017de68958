import type { NavItem } from '../../shared/nav-item';

export const dashboardNav: readonly NavItem[] = [{ to: '/', label: 'Dashboard', end: true }];
