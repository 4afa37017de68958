import type { NavItem } from '../../shared/nav-item';
import { IMPORT_ROLES } from './import-roles';

export const bettingNav: readonly NavItem[] = [
  // Every member reads bets and their figures, Viewers included; the page offers changes by role.
  { to: '/betting/opportunities', label: 'Opportunities' },
  { to: '/betting/bets', label: 'Bets' },
  { to: '/betting/analytics', label: 'Analytics' },
  { to: '/betting/import', label: 'Import data', role: IMPORT_ROLES },
  // Both studies are GETs: every member may run them, Viewers included.
  { to: '/betting/studies', label: 'Studies' },
  { to: '/betting/settings', label: 'Betting settings' },
  // Alerts are personal: every member sets their own, Viewers included.
  { to: '/betting/alerts', label: 'Alerts' },
];
