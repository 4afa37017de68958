import type { Backtest, BacktestBet, BacktestRun } from './api/use-backtest';
import type { MarketStudy } from './api/use-market-study';

/** The backtest rule's defaults (`BACKTEST_DEFAULTS`) as the query sends them. */
export const defaultRuleQuery = {
  betBookmaker: 'b365',
  betSnapshot: 'PreClosing',
  fairBookmaker: 'pinnacle',
  fairSnapshot: 'Closing',
  method: 'Multiplicative',
  worstCase: false,
  minimumEv: 0.02,
};

export const marketStudy: MarketStudy = {
  matches: 380,
  homeWins: 175,
  draws: 84,
  awayWins: 121,
  margins: [
    { bookmaker: 'b365', snapshot: 'PreClosing', market: 'MatchResult', markets: 380, meanMargin: 0.051234 },
  ],
  flatStakes: [
    {
      bookmaker: 'b365',
      snapshot: 'PreClosing',
      market: 'Totals',
      line: 2.5,
      outcomes: [{ selection: 'Over', bets: 380, wins: 205, profit: -12.5, roi: -0.032894 }],
      all: { bets: 760, wins: 380, profit: -40.25, roi: -0.052961 },
    },
  ],
  favourites: [
    {
      bookmaker: 'pinnacle',
      snapshot: 'Closing',
      matches: 376,
      wins: 212,
      share: 0.563829,
      profit: -9.1,
      roi: -0.024202,
      ties: 4,
    },
  ],
  forecasts: [
    { bookmaker: 'pinnacle', snapshot: 'Closing', matches: 380, brier: 0.573412, logLoss: 0.960123 },
  ],
  closingLineValue: [
    {
      bookmaker: 'b365',
      snapshot: 'PreClosing',
      market: 'MatchResult',
      selection: 'Home',
      bets: 380,
      meanRaw: 0.004567,
      meanFair: -0.031234,
      meanProbabilityDifference: 0.001234,
    },
  ],
  asianHandicap: [
    {
      bookmaker: 'b365',
      snapshot: 'Closing',
      selection: 'Away',
      bets: 380,
      profit: -7.75,
      roi: -0.020394,
      won: 150,
      halfWon: 20,
      push: 30,
      halfLost: 25,
      lost: 155,
    },
  ],
};

const bet = (n: number): BacktestBet => ({
  eventId: `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`,
  kickOffUtc: '2023-08-11T19:00:00Z',
  homeTeam: `Home ${n}`,
  awayTeam: `Away ${n}`,
  market: 'MatchResult',
  line: 0,
  selection: 'Draw',
  odds: 4.2,
  fairProbability: 0.251234,
  expectedValue: 0.055183,
  stake: 1,
  result: n % 2 === 0 ? 'Won' : 'Lost',
  profit: n % 2 === 0 ? 3.2 : -1,
  bankrollAfter: 1000 + n,
  clvRaw: 0.0123,
  clvFair: 0.0345,
});

/** 30 bets, so the table has two pages. */
export const backtest: Backtest = {
  bets: 30,
  wins: 15,
  turnover: 30,
  profit: 33,
  yield: 1.1,
  startingBankroll: 1000,
  finalBankroll: 1030,
  maxDrawdown: 0.001,
  closingLineValue: {
    bets: 30,
    meanRaw: 0.0123,
    meanFair: 0.0345,
    meanProbabilityDifference: 0.0011,
    distribution: [{ from: 0, to: 0.02, count: 30 }],
  },
  closingPriceYield: 0.04567,
  items: Array.from({ length: 30 }, (_, i) => bet(i + 1)),
};

/** A run of `backtest`: completed at once unless `overrides` say otherwise. */
export const backtestRun = (overrides: Partial<BacktestRun> = {}): BacktestRun => ({
  id: '0193c1e2-7a4b-7c3d-9e8f-1a2b3c4d5e6f',
  status: 'Completed',
  matchesTotal: 380,
  matchesDone: 380,
  progress: 1,
  attempts: 1,
  createdAt: '2026-12-02T01:00:00Z',
  startedAt: '2026-12-02T01:00:00Z',
  completedAt: '2026-12-02T01:00:01Z',
  error: null,
  rule: {},
  result: backtest,
  ...overrides,
});
