import { z } from 'zod';
import type { ApiBody, ApiResult } from '../../../api/types';
import {
  alertThresholdsShape,
  thresholdApiFields,
  thresholdsOf,
  toThresholdFields,
} from './alert-thresholds';
import { amount } from './amount';

type Path = '/api/v1/betting/settings';

export type BettingSettings = ApiResult<Path, 'get'>;
export type BettingSettingsBody = ApiBody<Path, 'put'>;

/** The Odds API's regions (betting.md §8). */
export const REGIONS = ['uk', 'eu', 'us', 'au'] as const;
export const AGENTS = ['anomaly', 'spread', 'pattern', 'backtest'] as const;
export type Agent = (typeof AGENTS)[number];

const MAX_AMOUNT = 1_000_000_000;
const SPORT_KEY = /^[a-z0-9_]+$/;
const ODDS_API_KEY = /^[A-Za-z0-9_-]+$/;
const wholeNumber = (min: number, max: number) =>
  amount(min, max, true).pipe(z.number().int('Enter a whole number.'));

/** Sport keys typed as one comma- or space-separated list: `soccer_epl, basketball_nba`. */
const sportKeys = z
  .string()
  .transform((text) => [...new Set(text.split(/[\s,]+/).filter((k) => k !== ''))])
  .pipe(
    z
      .array(
        z
          .string()
          .max(64)
          .regex(SPORT_KEY, 'Sport keys are lower-case letters, digits and _, e.g. soccer_epl.'),
      )
      .max(50, 'Collect at most 50 sports.'),
  );

/** The settings form, with the API's rules; numbers are typed as text. */
export const settingsSchema = z
  .object({
    bankrollAmount: amount(0, MAX_AMOUNT),
    bankrollCurrency: z
      .string()
      .trim()
      .regex(/^[A-Z]{3}$/, 'Use a three-letter code such as EUR.'),
    kellyFraction: amount(0, 1),
    minimumEdge: amount(0, 1, true),
    maxBetShare: amount(0, 1),
    maxOpenShare: amount(0, 1),
    collectionIntervalMinutes: wholeNumber(5, 1440),
    requestsReserve: wholeNumber(0, 10_000_000),
    regions: z.array(z.enum(REGIONS)).min(1, 'Collect at least one region.'),
    sportKeys,
    anomaly: z.boolean(),
    spread: z.boolean(),
    pattern: z.boolean(),
    backtest: z.boolean(),
    ...alertThresholdsShape,
    oddsApiKey: z
      .string()
      .trim()
      .refine((k) => k === '' || (k.length >= 12 && k.length <= 128), 'A key has 12 to 128 characters.')
      .refine((k) => k === '' || ODDS_API_KEY.test(k), 'A key is letters, digits, - or _.'),
  })
  .refine((s) => s.maxBetShare <= s.maxOpenShare, {
    path: ['maxBetShare'],
    message: 'The most one bet may take cannot exceed the most all open bets may take.',
  });

export type SettingsFormValues = z.input<typeof settingsSchema>;
export type SettingsValues = z.output<typeof settingsSchema>;

/** The form showing `settings`; the key field starts empty (the key is never sent to the browser). */
export const toFormValues = (s: BettingSettings): SettingsFormValues => ({
  bankrollAmount: String(s.initialBankroll.amount),
  bankrollCurrency: s.initialBankroll.currency,
  kellyFraction: String(s.kellyFraction),
  minimumEdge: String(s.minimumEdge),
  maxBetShare: String(s.maxBetShare),
  maxOpenShare: String(s.maxOpenShare),
  collectionIntervalMinutes: String(s.collectionIntervalMinutes),
  requestsReserve: String(s.requestsReserve),
  regions: s.regions.filter((r): r is (typeof REGIONS)[number] => (REGIONS as readonly string[]).includes(r)),
  sportKeys: s.sportKeys.join(', '),
  ...s.agents,
  ...toThresholdFields(s.alerts),
  oddsApiKey: '',
});

/**
 * What the API takes. An empty key field keeps the stored key (`oddsApiKey` left out); `removeKey`
 * sends the empty string that removes it.
 */
export function toSettingsBody(v: SettingsValues, version: number, removeKey = false): BettingSettingsBody {
  const key = removeKey ? { oddsApiKey: '' } : v.oddsApiKey === '' ? {} : { oddsApiKey: v.oddsApiKey };
  return {
    version,
    initialBankroll: { amount: v.bankrollAmount, currency: v.bankrollCurrency },
    kellyFraction: v.kellyFraction,
    minimumEdge: v.minimumEdge,
    maxBetShare: v.maxBetShare,
    maxOpenShare: v.maxOpenShare,
    collectionIntervalMinutes: v.collectionIntervalMinutes,
    requestsReserve: v.requestsReserve,
    regions: v.regions,
    sportKeys: v.sportKeys,
    agents: { anomaly: v.anomaly, spread: v.spread, pattern: v.pattern, backtest: v.backtest },
    alerts: thresholdsOf(v),
    ...key,
  };
}

/** The API's name of each form field, where they differ: its 400s name fields as the body does. */
export const API_FIELDS: Partial<Record<keyof SettingsFormValues, string>> = {
  bankrollAmount: 'initialBankroll.amount',
  bankrollCurrency: 'initialBankroll.currency',
  ...thresholdApiFields('alerts'),
};
