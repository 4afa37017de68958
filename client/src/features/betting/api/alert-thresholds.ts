import { z } from 'zod';
import { amount } from './amount';

/** What an alert goes off at; the organization's defaults (settings) and each member's own have the same three. */
export interface AlertThresholds {
  opportunityEdge: number;
  lineMovePercent: number;
  kickOffReminderMinutes: number;
}

const NAMES = ['opportunityEdge', 'lineMovePercent', 'kickOffReminderMinutes'] as const;

/** The thresholds' fields of a form schema, with the API's rules; numbers are typed as text. */
export const alertThresholdsShape = {
  opportunityEdge: amount(0, 1),
  lineMovePercent: amount(0, 100),
  kickOffReminderMinutes: amount(0, 10_080, true).pipe(z.number().int('Enter a whole number.')),
};

/** The thresholds as their form fields show them. */
export const toThresholdFields = (t: AlertThresholds) =>
  Object.fromEntries(NAMES.map((name) => [name, String(t[name])])) as Record<keyof AlertThresholds, string>;

/** The thresholds out of a form's checked values, as the API takes them. */
export const thresholdsOf = (v: AlertThresholds): AlertThresholds => ({
  opportunityEdge: v.opportunityEdge,
  lineMovePercent: v.lineMovePercent,
  kickOffReminderMinutes: v.kickOffReminderMinutes,
});

/** The API's name of each threshold field, in the body's `parent` object (its 400s name fields as the body does). */
export const thresholdApiFields = (parent: string) =>
  Object.fromEntries(NAMES.map((name) => [name, `${parent}.${name}`])) as Record<
    keyof AlertThresholds,
    string
  >;
