import type { ApiResult } from '../../api/types';
import { emptyBettingSummary, member } from '../../test/fixtures';

type Bet = ApiResult<'/api/v1/betting/bets', 'get'>['items'][number];

/** A pending 1X2 home bet of `member` at 2.10 for 10 EUR, with a recorded close. */
export const pendingBet: Bet = {
  id: '33333333-3333-3333-3333-333333333333',
  eventId: '44444444-4444-4444-4444-444444444444',
  sportId: '55555555-5555-5555-5555-555555555555',
  competitionId: '66666666-6666-6666-6666-666666666666',
  bookmakerId: '77777777-7777-7777-7777-777777777777',
  userId: member.id,
  market: 'MatchResult',
  selection: 'Home',
  line: 0,
  odds: 2.1,
  stake: { amount: 10, currency: 'EUR' },
  placedAt: '2026-11-28T14:55:00Z',
  opportunityId: null,
  agentKey: null,
  edgeAtPlacement: null,
  kellyFractionAtPlacement: null,
  status: 'Pending',
  settledHomeGoals: null,
  settledAwayGoals: null,
  payout: null,
  profit: null,
  settledAt: null,
  deadHeatFraction: null,
  closingOdds: 2.0,
  closingFairProbability: 0.48,
  clvRaw: 0.05,
  clvFair: 0.008,
  clvProbability: 0.0238,
  clvLineRepriced: false,
  closingLine: 0,
  repricedFairProbability: null,
  clvRepricedFair: null,
  closingStale: false,
  notes: null,
  tags: [],
  version: 1,
  createdAt: '2026-11-28T14:56:00Z',
  updatedAt: null,
};

/** A home Asian handicap bet at −0.5 whose market closed at −0.75 (2.02): re-priced by the goal model. */
export const repricedBet: Bet = {
  ...pendingBet,
  id: '88888888-8888-8888-8888-888888888888',
  market: 'AsianHandicap',
  line: -0.5,
  odds: 1.95,
  closingOdds: 2.02,
  closingLine: -0.75,
  closingFairProbability: 0.482,
  clvRaw: null,
  clvFair: null,
  clvProbability: null,
  clvLineRepriced: true,
  repricedFairProbability: 0.5436,
  clvRepricedFair: 0.06,
};

export const summary: ApiResult<'/api/v1/betting/analytics/summary', 'get'> = {
  ...emptyBettingSummary,
  currency: 'EUR',
  performance: {
    ...emptyBettingSummary.performance,
    settled: 6,
    staked: 490,
    profit: 100,
    roi: 0.204082,
    hitRate: 0.6,
    meanClvRaw: 0.0763,
    clvRawCount: 2,
    meanClvFair: 0,
    clvFairCount: 1,
  },
  openExposure: 30,
  pendingCount: 1,
  todayProfit: -50,
  weekProfit: 90,
};

export const page = (items: Bet[]) => ({ items, page: 1, pageSize: 25, totalCount: items.length });
