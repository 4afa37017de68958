import { tokenStore, type AuthTokens } from './token-store';

export const REFRESH_PATH = '/api/v1/identity/refresh';

// Always look up the global fetch at call time, so tests can stub it after import.
export const callFetch = (input: Request) => globalThis.fetch(input);

export const baseUrl = typeof window !== 'undefined' ? window.location.origin : '';

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
