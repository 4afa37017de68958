import { z } from 'zod';
import type { MarketStudyQuery } from './betting-keys';

/** The API's limit on competitions and on seasons named in one filter. */
const MAX_KEYS = 50;

/** "E0, E1" → ["E0", "E1"]: blanks between commas are dropped. */
export const splitList = (text: string) =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');

const list = (noun: string, maxLength: number) =>
  z
    .string()
    .refine((text) => splitList(text).length <= MAX_KEYS, `Name at most ${MAX_KEYS} ${noun}.`)
    .refine(
      (text) => splitList(text).every((k) => k.length <= maxLength),
      `Keep each to ${maxLength} characters.`,
    );

/** Competitions and seasons as comma-separated text, kick-off dates as yyyy-mm-dd (or empty). */
export const studyFilterFields = {
  competitions: list('competitions', 64),
  seasons: list('seasons', 16),
  dateFrom: z.string(),
  dateTo: z.string(),
};

export type StudyFilterValues = z.infer<z.ZodObject<typeof studyFilterFields>>;

export const EMPTY_FILTER: StudyFilterValues = { competitions: '', seasons: '', dateFrom: '', dateTo: '' };

/** To must not be before From (both included), as the API checks too. */
export const datesInOrder = (v: StudyFilterValues) => !v.dateFrom || !v.dateTo || v.dateFrom <= v.dateTo;
export const DATES_IN_ORDER = { message: 'To is on or after From.', path: ['dateTo'] };

export const studyFilterSchema = z.object(studyFilterFields).refine(datesInOrder, DATES_IN_ORDER);

/** The filter as the API takes it: lists only when they name something, dates only when given. */
export function toStudyFilter(v: StudyFilterValues): MarketStudyQuery {
  const query: MarketStudyQuery = {};
  const competitions = splitList(v.competitions);
  const seasons = splitList(v.seasons);
  if (competitions.length > 0) query.competitions = competitions;
  if (seasons.length > 0) query.seasons = seasons;
  if (v.dateFrom) query.dateFrom = v.dateFrom;
  if (v.dateTo) query.dateTo = v.dateTo;
  return query;
}
