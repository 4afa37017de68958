const dateTime = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});
const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${dateTime.format(d)} UTC`;
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : date.format(d);
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
