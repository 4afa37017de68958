import type { Location } from 'react-router';

/** Where to go after signing in: `?returnTo=` (set by the API client) or the guarded location. */
export function returnTarget(location: Location, params: URLSearchParams): string {
  const fromQuery = params.get('returnTo');
  if (fromQuery?.startsWith('/') && !fromQuery.startsWith('//')) return fromQuery;
  const state: unknown = location.state;
  if (typeof state === 'object' && state !== null && 'from' in state) {
    const from = state.from;
    if (typeof from === 'string' && from.startsWith('/') && !from.startsWith('//')) return from;
  }
  return '/';
}
