import { tokenStore } from '../api/token-store';
import type { ApiResult } from '../api/types';

export const tokens = (n = 1): ApiResult<'/api/v1/identity/login', 'post'> => ({
  accessToken: `access-${n}`,
  accessTokenExpiresAt: '2030-01-01T00:00:00Z',
  refreshToken: `refresh-${n}`,
  refreshTokenExpiresAt: '2030-02-01T00:00:00Z',
});

export const member: ApiResult<'/api/v1/identity/me', 'get'> = {
  id: '11111111-1111-1111-1111-111111111111',
  email: 'ada@example.test',
  displayName: 'Ada Lovelace',
  roles: ['Member'],
  isPlatformAdmin: false,
  organization: { id: '22222222-2222-2222-2222-222222222222', name: 'Analytical Engines', plan: 'Pro' },
};

export const admin: ApiResult<'/api/v1/identity/me', 'get'> = {
  ...member,
  roles: ['Admin', 'Member'],
  displayName: 'Grace Hopper',
};

/** A Free plan's usage: enough for the dashboard at `/` to load. */
export const usage: ApiResult<'/api/v1/identity/usage', 'get'> = {
  plan: 'Free',
  requestsPerMinute: 10,
  monthlyQuota: 100,
  used: 0,
  remaining: 100,
  periodStart: '2026-11-01T00:00:00Z',
  periodEnd: '2026-12-01T00:00:00Z',
};

export function signIn(n = 1) {
  tokenStore.set(tokens(n));
}

/** The betting summary of an organization without bets: what the dashboard's betting card reads. */
export const emptyBettingSummary: ApiResult<'/api/v1/betting/analytics/summary', 'get'> = {
  period: 'all',
  currency: null,
  otherCurrencies: [],
  asOf: '2026-12-01T12:00:00Z',
  counts: { pending: 0, won: 0, halfWon: 0, push: 0, halfLost: 0, lost: 0, void: 0 },
  performance: {
    settled: 0,
    staked: 0,
    profit: 0,
    roi: null,
    wins: 0,
    pushes: 0,
    hitRate: null,
    averageOdds: null,
    meanClvRaw: null,
    clvRawCount: 0,
    meanClvFair: null,
    clvFairCount: 0,
    meanClvProbability: null,
    clvProbabilityCount: 0,
  },
  openExposure: 0,
  pendingCount: 0,
  todayProfit: 0,
  weekProfit: 0,
  todayStart: '2026-12-01T00:00:00Z',
  weekStart: '2026-11-30T00:00:00Z',
};
