import type { NavItem } from '../../shared/nav-item';
import { IMPORT_ROLES } from './import-roles';

export const bettingNav: readonly NavItem[] = [
  { to: '/betting/import', label: 'Import data', role: IMPORT_ROLES },
  // Both studies are GETs: every member may run them, Viewers included.
  { to: '/betting/studies', label: 'Studies' },
  { to: '/betting/settings', label: 'Betting settings' },
];
