import { API_KEY_SCOPES, type ApiKeyScope } from '../api/api-key-scopes';
import type { CreateApiKeyBody } from '../api/use-api-key-mutations';
import { expiryProblem } from './expiry-dates';

export interface NewApiKey {
  name: string;
  scopes: ApiKeyScope[];
  /** A day as YYYY-MM-DD, or '' for no expiry. */
  expiresOn: string;
}

/** The first thing that stops the key from being created, or null when nothing does. */
export function newApiKeyProblem({ name, scopes, expiresOn }: NewApiKey): string | null {
  if (name.trim() === '') return 'Name is required.';
  if (scopes.length === 0) return 'Pick at least one scope.';
  return expiryProblem(expiresOn);
}

export function toCreateApiKeyBody({ name, scopes, expiresOn }: NewApiKey): CreateApiKeyBody {
  return {
    name: name.trim(),
    scopes: API_KEY_SCOPES.filter((s) => scopes.includes(s)),
    // The key works through the whole chosen day (UTC).
    ...(expiresOn ? { expiresAt: `${expiresOn}T23:59:59Z` } : {}),
  };
}
