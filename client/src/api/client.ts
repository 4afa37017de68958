import createClient, { type Middleware } from 'openapi-fetch';
import { ProblemError } from './problem';
import type { paths } from './schema';
import { tokenStore, type AuthTokens } from './token-store';

const REFRESH_PATH = '/api/v1/identity/refresh';
/** Requests that must never trigger a refresh (they are how you get tokens in the first place). */
const NO_REFRESH = new Set<string>([REFRESH_PATH, '/api/v1/identity/login', '/api/v1/identity/register']);

let onSessionExpired: () => void = () => {
  const here = window.location.pathname + window.location.search;
  if (window.location.pathname !== '/login') {
    window.location.assign(`/login?returnTo=${encodeURIComponent(here)}`);
  }
};

/** The app swaps in a router-aware handler; the default does a full navigation. */
export function setSessionExpiredHandler(handler: () => void) {
  onSessionExpired = handler;
}

// Always look up the global fetch at call time, so tests can stub it after import.
const callFetch = (input: Request) => globalThis.fetch(input);

const baseUrl = typeof window !== 'undefined' ? window.location.origin : '';

let refreshInFlight: Promise<AuthTokens | null> | null = null;

async function doRefresh(refreshToken: string): Promise<AuthTokens | null> {
  try {
    const response = await callFetch(
      new Request(`${baseUrl}${REFRESH_PATH}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Correlation-Id': crypto.randomUUID() },
        body: JSON.stringify({ refreshToken }),
      }),
    );
    if (!response.ok) return null;
    const tokens = (await response.json()) as AuthTokens;
    tokenStore.set(tokens);
    return tokens;
  } catch {
    return null;
  }
}

/** Single flight: concurrent 401s share one refresh call. */
export function refreshTokens(): Promise<AuthTokens | null> {
  const current = tokenStore.get();
  if (!current) return Promise.resolve(null);
  refreshInFlight ??= doRefresh(current.refreshToken).finally(() => {
    refreshInFlight = null;
  });
  return refreshInFlight;
}

const retryable = new Map<string, Request>();

const authMiddleware: Middleware = {
  onRequest({ request, schemaPath, id }) {
    request.headers.set('X-Correlation-Id', crypto.randomUUID());
    const tokens = tokenStore.get();
    if (tokens && !NO_REFRESH.has(schemaPath)) {
      request.headers.set('Authorization', `Bearer ${tokens.accessToken}`);
      // Keep an unread copy so the body can be sent again after a refresh.
      retryable.set(id, request.clone());
    }
    return request;
  },
  async onResponse({ response, schemaPath, id }) {
    const copy = retryable.get(id);
    retryable.delete(id);
    if (response.status !== 401 || !copy || NO_REFRESH.has(schemaPath)) return response;

    const sentWith = copy.headers.get('Authorization');
    const latest = tokenStore.get();
    // Another request may already have refreshed while this one was in flight.
    const tokens = latest && `Bearer ${latest.accessToken}` !== sentWith ? latest : await refreshTokens();
    if (!tokens) {
      tokenStore.clear();
      onSessionExpired();
      return response;
    }
    copy.headers.set('Authorization', `Bearer ${tokens.accessToken}`);
    copy.headers.set('X-Correlation-Id', crypto.randomUUID());
    return callFetch(copy);
  },
  onError({ id }) {
    retryable.delete(id);
  },
};

export const api = createClient<paths>({ baseUrl, fetch: callFetch });
api.use(authMiddleware);

/** Unwraps an openapi-fetch result: the data, or a thrown ProblemError. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (!result.response.ok) throw new ProblemError(result.error, result.response);
  return result.data as T;
}

export { ProblemError };
