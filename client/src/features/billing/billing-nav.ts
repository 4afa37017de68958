import type { NavItem } from '../../shared/nav-item';

/** The public pricing page, for members who want to compare plans (it opens outside the signed-in layout). */
export const billingNav: readonly NavItem[] = [{ to: '/pricing', label: 'Pricing' }];
