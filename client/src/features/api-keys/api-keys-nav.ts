import type { NavItem } from '../../shared/nav-item';

export const apiKeysNav: readonly NavItem[] = [{ to: '/api-keys', label: 'API keys' }];
