import createClient, { type Middleware } from 'openapi-fetch';
import { ProblemError } from './problem';
import type { paths } from './schema';
import { sessionExpired, setSessionExpiredHandler } from './session-expired';
import { baseUrl, callFetch, REFRESH_PATH, refreshTokens } from './token-refresh';
import { tokenStore } from './token-store';

/** Requests that must never trigger a refresh (they are how you get tokens in the first place). */
const NO_REFRESH = new Set<string>([
  REFRESH_PATH,
  '/api/v1/identity/login',
  '/api/v1/identity/register',
  '/api/v1/identity/register/confirm',
]);

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
      sessionExpired();
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

export { ProblemError, refreshTokens, setSessionExpiredHandler };
