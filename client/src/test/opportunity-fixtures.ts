import type { ApiResult } from '../api/types';

type Opportunity = ApiResult<'/api/v1/betting/opportunities/{id}', 'get'>;
type Suggestion = ApiResult<'/api/v1/betting/stake-suggestion', 'get'>;

const HOUR = 3_600_000;
const inHours = (h: number) => new Date(Date.now() + h * HOUR).toISOString();

/** An open 1X2 home value at 2.10 from the anomaly agent, kicking off in 3 hours (urgent). */
export const urgentOpportunity: Opportunity = {
  id: '88888888-8888-8888-8888-888888888888',
  event: {
    id: '44444444-4444-4444-4444-444444444444',
    sportId: '55555555-5555-5555-5555-555555555555',
    competitionId: '66666666-6666-6666-6666-666666666666',
    competition: 'Premier League',
    homeTeam: 'Arsenal',
    awayTeam: 'Chelsea',
    kickOffUtc: inHours(3),
  },
  market: 'MatchResult',
  selection: 'Home',
  line: 0,
  bookmaker: 'b365',
  odds: 2.1,
  fairProbability: 0.52,
  fairOdds: 1.923,
  expectedValue: 0.092,
  edge: 0.0438,
  lowestExpectedValue: 0.081,
  highestExpectedValue: 0.104,
  method: 'Power',
  methodParameter: 1.0423,
  margin: 0.0312,
  reference: 'pinnacle',
  reasons: 'b365 pays 2.10 against a fair 1.92 at the reference book.',
  prices: [
    { bookmaker: 'pinnacle', selection: 'Home', price: 1.98, capturedAt: '2026-12-01T10:00:00Z' },
    { bookmaker: 'pinnacle', selection: 'Draw', price: 3.6, capturedAt: '2026-12-01T10:00:00Z' },
    { bookmaker: 'pinnacle', selection: 'Away', price: 4.1, capturedAt: '2026-12-01T10:00:00Z' },
  ],
  agentKey: 'anomaly',
  agentVersion: '1.2.0',
  score: 64,
  label: 'Analyser',
  consensus: true,
  consensusWeight: 1.5,
  agreeingAgents: ['anomaly', 'spread'],
  status: 'Open',
  raisedAt: '2026-12-01T10:05:00Z',
  pricedAt: '2026-12-01T10:00:00Z',
  withdrawnAt: null,
  expiresAt: inHours(3),
  closingOdds: null,
  closingFairProbability: null,
  clvFair: null,
  clvRaw: null,
};

/** An open over 2.5 from the spread agent, kicking off in 3 days (not urgent). */
export const laterOpportunity: Opportunity = {
  ...urgentOpportunity,
  id: '99999999-9999-9999-9999-999999999999',
  event: {
    ...urgentOpportunity.event,
    id: 'aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa',
    homeTeam: 'Leeds',
    awayTeam: 'Fulham',
    kickOffUtc: inHours(72),
  },
  market: 'Totals',
  selection: 'Over',
  line: 2.5,
  agentKey: 'spread',
  score: 41,
  label: 'Prudence',
  consensus: false,
  agreeingAgents: [],
  expiresAt: inHours(72),
};

/** An expired one, closed and settled. */
export const expiredOpportunity: Opportunity = {
  ...urgentOpportunity,
  id: 'bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb',
  event: { ...urgentOpportunity.event, kickOffUtc: '2025-05-10T14:00:00Z' },
  status: 'Expired',
  expiresAt: '2025-05-10T14:00:00Z',
  closingOdds: 1.95,
  closingFairProbability: 0.5,
  clvFair: 0.05,
  clvRaw: 0.0769,
  result: 'Won',
};

export const suggestion: Suggestion = {
  odds: 2.1,
  probability: 0.52,
  kellyFraction: 0.25,
  maxBetShare: 0.05,
  maxOpenShare: 0.25,
  minimumEdge: 0.02,
  fullKelly: 0.0836,
  fractionalKelly: 0.0209,
  capped: 0.0209,
  scaled: 0.0209,
  openShare: 0,
  bankroll: { amount: 1000, currency: 'EUR' },
  openStakes: { amount: 0, currency: 'EUR' },
  bankrollUsed: { amount: 1000, currency: 'EUR' },
  stake: { amount: 20.9, currency: 'EUR' },
  edge: 0.0438,
  expectedValue: 0.092,
  meetsMinimumEdge: true,
};
