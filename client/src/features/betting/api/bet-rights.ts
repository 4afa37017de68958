import { hasRole, type CurrentUser } from '../../auth';
import type { Bet } from './use-bets';

/** Admins and Advisors change any bet of the organization, Members only theirs, Viewers none (as BetAccess rules). */
export const canChangeBet = (user: CurrentUser | undefined, bet: Bet) =>
  hasRole(user, 'Admin') || hasRole(user, 'Advisor') || (hasRole(user, 'Member') && user?.id === bet.userId);

/** Whether the caller may record bets at all. */
export const canPlaceBets = (user: CurrentUser | undefined) =>
  hasRole(user, 'Admin') || hasRole(user, 'Advisor') || hasRole(user, 'Member');
