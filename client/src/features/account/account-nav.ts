import type { NavItem } from '../../shared/nav-item';

export const accountNav: readonly NavItem[] = [{ to: '/account', label: 'Account' }];
