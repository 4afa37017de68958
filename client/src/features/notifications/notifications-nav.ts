import type { NavItem } from '../../shared/nav-item';

export const notificationsNav: readonly NavItem[] = [{ to: '/notifications', label: 'Notifications' }];
