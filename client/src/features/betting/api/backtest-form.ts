import { z } from 'zod';
import {
  backtestStakingValues,
  devigMethodValues,
  marketKindValues,
  snapshotKindValues,
} from '../../../api/schema';
import { amount, optionalAmount } from './amount';
import type { BacktestQuery } from './betting-keys';
import { DATES_IN_ORDER, datesInOrder, EMPTY_FILTER, studyFilterFields, toStudyFilter } from './study-filter';

const MAX_AMOUNT = 1_000_000_000;
const bookmaker = z.string().trim().min(1, 'Name a bookmaker.').max(64, 'Keep it to 64 characters.');

/**
 * The backtest form, with the API's rules. The staking fields are optional because only the chosen
 * plan's fields are on the form (it unregisters the others).
 */
export const backtestSchema = z
  .object({
    ...studyFilterFields,
    betBookmaker: bookmaker,
    betSnapshot: z.enum(snapshotKindValues),
    fairBookmaker: bookmaker,
    fairSnapshot: z.enum(snapshotKindValues),
    method: z.enum(devigMethodValues),
    worstCase: z.boolean(),
    minimumEv: amount(-1, 10, true),
    markets: z.array(z.enum(marketKindValues)).max(5, 'Choose at most 5 markets.'),
    staking: z.enum(backtestStakingValues),
    stake: amount(0, MAX_AMOUNT).optional(),
    share: amount(0, 1).optional(),
    kellyMultiplier: amount(0, 1).optional(),
    kellyCap: optionalAmount(0, 1).optional(),
    bankroll: amount(0, MAX_AMOUNT),
  })
  .refine(datesInOrder, DATES_IN_ORDER);

export type BacktestFormValues = z.input<typeof backtestSchema>;
export type BacktestRule = z.output<typeof backtestSchema>;

/** The API's defaults: back Bet365 pre-closing against Pinnacle's closing line, one unit a bet. */
export const BACKTEST_DEFAULTS: BacktestFormValues = {
  ...EMPTY_FILTER,
  betBookmaker: 'b365',
  betSnapshot: 'PreClosing',
  fairBookmaker: 'pinnacle',
  fairSnapshot: 'Closing',
  method: 'Multiplicative',
  worstCase: false,
  minimumEv: '0.02',
  markets: ['MatchResult'],
  staking: 'Flat',
  stake: '1',
  share: '0.01',
  kellyMultiplier: '0.25',
  kellyCap: '',
  bankroll: '1000',
};

/**
 * The rule as the API takes it. Fields left out (another plan's, an empty Kelly cap) are absent or
 * undefined, and the client sends no parameter for them.
 */
export function toBacktestQuery(rule: BacktestRule): BacktestQuery {
  const { competitions, seasons, dateFrom, dateTo, ...rest } = rule;
  return { ...toStudyFilter({ competitions, seasons, dateFrom, dateTo }), ...rest };
}
