import { z } from 'zod';
import { betFieldsSchema } from './place-bet-form';
import type { Bet } from './use-bets';
import type { EditBetBody } from './use-bet-mutations';

/** What an edit may change, checked as when placing. */
export const editBetSchema = betFieldsSchema.pick({
  bookmakerKey: true,
  line: true,
  odds: true,
  stake: true,
  currency: true,
  placedAt: true,
  notes: true,
  tags: true,
});

export type EditBetFields = z.input<typeof editBetSchema>;

/** The form filled with what the bet holds; the bookmaker key is asked again (the bet carries only its id). */
export const editBetDefaults = (bet: Bet): EditBetFields => ({
  bookmakerKey: '',
  line: String(bet.line),
  odds: String(bet.odds),
  stake: String(bet.stake.amount),
  currency: bet.stake.currency,
  placedAt: bet.placedAt.slice(0, 16),
  notes: bet.notes ?? '',
  tags: bet.tags.join(', '),
});

export const toEditBetBody = (bet: Bet, v: z.output<typeof editBetSchema>): EditBetBody => ({
  version: bet.version,
  bookmakerKey: v.bookmakerKey,
  line: v.line,
  odds: v.odds,
  stake: { amount: v.stake, currency: v.currency },
  placedAt: v.placedAt === '' ? bet.placedAt : new Date(`${v.placedAt}Z`).toISOString(),
  notes: v.notes.trim() === '' ? null : v.notes.trim(),
  tags: v.tags,
});
