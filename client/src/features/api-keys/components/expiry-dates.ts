/** The longest life the API gives a key (ApiKey.MaxLifetimeDays on the server). */
export const MAX_LIFETIME_DAYS = 3650;

const DAY_MS = 24 * 60 * 60 * 1000;

/** A day as YYYY-MM-DD (UTC), `days` from now. */
function dayFromNow(days: number): string {
  return new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);
}

/** The earliest expiry a new key may have: tomorrow. */
export function earliestExpiry(): string {
  return dayFromNow(1);
}

/**
 * The latest expiry a new key may have. A key works through its whole last day (until 23:59:59 UTC), so the
 * day before the server's limit is the last one that is always within it.
 */
export function latestExpiry(): string {
  return dayFromNow(MAX_LIFETIME_DAYS - 1);
}

/** Why an expiry cannot be used, or null when it can (an empty one means no expiry). */
export function expiryProblem(day: string): string | null {
  if (day === '') return null;
  if (day < earliestExpiry()) return 'The expiry must be a future date.';
  if (day > latestExpiry())
    return `A key can live at most ${MAX_LIFETIME_DAYS / 365} years: pick an earlier date.`;
  return null;
}
