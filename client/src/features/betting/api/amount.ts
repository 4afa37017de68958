import { z } from 'zod';

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)$/;
const words = (n: number) => n.toLocaleString('en-US');

/**
 * A number typed into a text field, within the API's range: above `min` (at least `min` when
 * `inclusive`) and at most `max`. Validates the text and gives the number.
 */
export const amount = (min: number, max: number, inclusive = false) =>
  z
    .string()
    .trim()
    .regex(NUMBER, 'Enter a number.')
    .transform(Number)
    .pipe(
      inclusive
        ? z.number().gte(min, `Must be at least ${words(min)}.`)
        : z.number().gt(min, `Must be more than ${words(min)}.`),
    )
    .pipe(z.number().lte(max, `Must be at most ${words(max)}.`));

/** As `amount`, but an empty field gives `undefined` (the API's "none"). */
export const optionalAmount = (min: number, max: number) =>
  z
    .string()
    .trim()
    .transform((text, ctx) => {
      if (text === '') return undefined;
      const parsed = amount(min, max).safeParse(text);
      if (parsed.success) return parsed.data;
      for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
      return z.NEVER;
    });
