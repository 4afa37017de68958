import { refreshTokens } from './token-refresh';
import { tokenStore } from './token-store';

/** Refresh this long before expiry, so a slow upload does not reach the server with a dead token. */
const MARGIN_MS = 30_000;

/**
 * The access token to send on a request made outside the API client (an upload through
 * XMLHttpRequest): the stored one, refreshed first (single flight, as the client does) when it is
 * about to expire. Null when signed out or the refresh was refused.
 */
export async function freshAccessToken(now = Date.now()): Promise<string | null> {
  const tokens = tokenStore.get();
  if (!tokens) return null;
  if (Date.parse(tokens.accessTokenExpiresAt) - now > MARGIN_MS) return tokens.accessToken;
  return (await refreshTokens())?.accessToken ?? null;
}
