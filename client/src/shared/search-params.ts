/** Reads a positive integer page number from URL params, defaulting to 1. */
export function readPage(params: URLSearchParams, key = 'page'): number {
  const n = Number(params.get(key));
  return Number.isInteger(n) && n > 0 ? n : 1;
}

/** Returns new params with empty values removed. */
export function compactParams(values: Record<string, string | undefined>): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) {
    if (v !== undefined && v.trim() !== '') out.set(k, v.trim());
  }
  return out;
}

/** The named parameters' values, "" for each one the URL leaves out. */
export function readParams<K extends string>(
  params: URLSearchParams,
  names: readonly K[],
): Record<K, string> {
  return Object.fromEntries(names.map((name) => [name, params.get(name) ?? ''])) as Record<K, string>;
}

/** A copy of `params` with each of `changes` set, or removed when it is undefined: the other parameters stay. */
export function withParams(
  params: URLSearchParams,
  changes: Record<string, string | undefined>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) next.delete(k);
    else next.set(k, v);
  }
  return next;
}
