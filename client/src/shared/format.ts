const dateTime = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});
const dates = new Map<string, Intl.DateTimeFormat>();

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${dateTime.format(d)} UTC`;
}

/** A date in the reader's locale, as the day it is in `timeZone` (an IANA zone; UTC by default). */
export function formatDate(iso: string | null | undefined, timeZone = 'UTC'): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  let date = dates.get(timeZone);
  if (!date) {
    date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone });
    dates.set(timeZone, date);
  }
  return date.format(d);
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat('en-US').format(n);
}

const percents = new Map<number, Intl.NumberFormat>();
const decimals = new Map<number, Intl.NumberFormat>();

function cached(cache: Map<number, Intl.NumberFormat>, digits: number, style: 'percent' | 'decimal') {
  let format = cache.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('en-US', {
      style,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    cache.set(digits, format);
  }
  return format;
}

/** A ratio as a percentage (0.0345 → "3.45%"); a missing figure as "—". */
export function formatPercent(n: number | null | undefined, digits = 2): string {
  return n == null ? '—' : cached(percents, digits, 'percent').format(n);
}

/** A number with exactly `digits` decimals and thousands separators; a missing figure as "—". */
export function formatDecimal(n: number | null | undefined, digits = 2): string {
  return n == null ? '—' : cached(decimals, digits, 'decimal').format(n);
}
