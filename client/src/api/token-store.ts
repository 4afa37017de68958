import type { ApiResult } from './types';

export type AuthTokens = ApiResult<'/api/v1/identity/login', 'post'>;

const STORAGE_KEY = 'cp.auth';
type Listener = () => void;
const listeners = new Set<Listener>();

function isAuthTokens(value: unknown): value is AuthTokens {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.accessToken === 'string' && typeof v.refreshToken === 'string';
}

function read(): AuthTokens | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    return isAuthTokens(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

let cached: AuthTokens | null = read();

function emit() {
  for (const l of listeners) l();
}

/** Tokens live in localStorage under `cp.auth`; subscribers re-render when they change. */
export const tokenStore = {
  get(): AuthTokens | null {
    return cached;
  },
  set(tokens: AuthTokens) {
    cached = tokens;
    localStorage.setItem(STORAGE_KEY, JSON.stringify(tokens));
    emit();
  },
  clear() {
    cached = null;
    localStorage.removeItem(STORAGE_KEY);
    emit();
  },
  /** Re-read storage (another tab, or tests that seed localStorage). */
  reload() {
    cached = read();
    emit();
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key === STORAGE_KEY) tokenStore.reload();
  });
}
