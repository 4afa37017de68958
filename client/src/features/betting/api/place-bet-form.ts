import { z } from 'zod';
import type { components } from '../../../api/schema';
import { amount } from './amount';
import type { PlaceBetBody } from './use-bet-mutations';

export const MARKETS = ['MatchResult', 'AsianHandicap', 'Totals', 'Moneyline', 'Spread'] as const;
export const SELECTIONS = ['Home', 'Draw', 'Away', 'Over', 'Under'] as const;

type Schemas = components['schemas'];

const MAX_LINE = 999.75;
const MAX_STAKE = 1_000_000_000;
const KEY = /^[a-z0-9][a-z0-9._-]*$/;

/** The selections a market offers, as the API's validator allows them. */
export const selectionsOf = (market: Schemas['MarketKind']): readonly Schemas['Selection'][] =>
  market === 'MatchResult'
    ? ['Home', 'Draw', 'Away']
    : market === 'Totals'
      ? ['Over', 'Under']
      : ['Home', 'Away'];

const tags = z
  .string()
  .transform((text) => [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim())
        .filter((t) => t !== ''),
    ),
  ])
  .pipe(z.array(z.string().max(32, 'A tag has at most 32 characters.')).max(10, 'At most 10 tags.'));

/** The fields of a bet, checked as the API checks them (shape only; the API decides the rest). */
export const betFieldsSchema = z.object({
  eventId: z.string().min(1, 'Choose an event.'),
  bookmakerKey: z
    .string()
    .trim()
    .min(1, 'Enter the bookmaker key.')
    .max(64, 'At most 64 characters.')
    .regex(KEY, 'Lower-case letters and digits, then also . _ or -.'),
  market: z.enum(MARKETS),
  selection: z.enum(SELECTIONS),
  line: amount(-MAX_LINE, MAX_LINE, true),
  odds: amount(1, 1000),
  stake: amount(0, MAX_STAKE),
  currency: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{3}$/, 'A three-letter currency code.')
    .transform((c) => c.toUpperCase()),
  placedAt: z.string().trim(),
  notes: z.string().max(2000, 'At most 2,000 characters.'),
  tags,
});

/** The place-bet form: the fields, and a selection its market offers. */
export const placeBetSchema = betFieldsSchema.refine((f) => selectionsOf(f.market).includes(f.selection), {
  path: ['selection'],
  message: 'This market has no such selection.',
});

export type PlaceBetFields = z.input<typeof placeBetSchema>;
export type PlaceBetValues = z.output<typeof placeBetSchema>;

/** Where a bet came from, sent with it: the opportunity, its agent, its edge and the Kelly fraction used. */
export type OpportunityLink = Pick<PlaceBetBody, 'opportunityId' | 'agentKey' | 'edge' | 'kellyFraction'>;

/** The empty form, with what a caller (an opportunity) already knows filled in. */
export const placeBetDefaults = (initial: Partial<PlaceBetFields> = {}): PlaceBetFields => ({
  eventId: '',
  bookmakerKey: '',
  market: 'MatchResult',
  selection: 'Home',
  line: '0',
  odds: '',
  stake: '',
  currency: 'EUR',
  placedAt: '',
  notes: '',
  tags: '',
  ...initial,
});

/** The API body of valid form values; a blank "placed at" lets the API use now. */
export const toPlaceBetBody = (v: PlaceBetValues): PlaceBetBody => ({
  eventId: v.eventId,
  bookmakerKey: v.bookmakerKey,
  market: v.market,
  selection: v.selection,
  line: v.line,
  odds: v.odds,
  stake: { amount: v.stake, currency: v.currency },
  placedAt: v.placedAt === '' ? null : new Date(`${v.placedAt}Z`).toISOString(),
  notes: v.notes.trim() === '' ? null : v.notes.trim(),
  tags: v.tags,
});
