import type { NavItem } from '../../shared/nav-item';

export const billingNav: readonly NavItem[] = [
  // The public pricing page, for members who want to compare plans (it opens outside the signed-in layout).
  { to: '/pricing', label: 'Pricing' },
  // The organization's plan and subscription: every member reads it, Admins change it (the page hides their buttons).
  { to: '/billing/subscription', label: 'Subscription' },
  // The organization's billing details and how VAT applies to it: Admins only, as the API.
  { to: '/billing/details', label: 'Billing details', role: 'Admin' },
  // The organization's invoices, issued by the platform: Admins only, as the API.
  { to: '/billing/invoices', label: 'Invoices', role: 'Admin' },
  // The credit notes correcting those invoices: Admins only, as the API.
  { to: '/billing/credit-notes', label: 'Credit notes', role: 'Admin' },
  // The organization's prepaid credits, their grants and ledger: Admins only, as the API.
  { to: '/billing/credits', label: 'Credits', role: 'Admin' },
  // The organization's metered usage in the current period: every member reads it, as the API.
  { to: '/billing/usage', label: 'Usage' },
  // The URLs the organization's billing events are posted to, and their delivery logs: Admins only, as the API.
  { to: '/billing/webhooks', label: 'Webhooks', role: 'Admin' },
];
