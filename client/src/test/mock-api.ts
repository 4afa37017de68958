import type { ApiResult } from '../api/types';
import { tokenStore } from '../api/token-store';

export type Handler = (request: Request, params: Record<string, string>) => Response | Promise<Response>;

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

export const noContent = () => new Response(null, { status: 204 });

export function problem(status: number, title: string, extra: Record<string, unknown> = {}): Response {
  return json(status, {
    type: 'about:blank',
    title,
    status,
    traceId: '00-trace-01',
    correlationId: 'corr-1',
    ...extra,
  });
}

export const tokens = (n = 1): ApiResult<'/api/v1/identity/login', 'post'> => ({
  accessToken: `access-${n}`,
  accessTokenExpiresAt: '2030-01-01T00:00:00Z',
  refreshToken: `refresh-${n}`,
  refreshTokenExpiresAt: '2030-02-01T00:00:00Z',
});

export const member: ApiResult<'/api/v1/identity/me', 'get'> = {
  id: '11111111-1111-1111-1111-111111111111',
  email: 'ada@example.test',
  displayName: 'Ada Lovelace',
  roles: ['Member'],
  isPlatformAdmin: false,
  organization: { id: '22222222-2222-2222-2222-222222222222', name: 'Analytical Engines', plan: 'Pro' },
};

export const admin: ApiResult<'/api/v1/identity/me', 'get'> = {
  ...member,
  roles: ['Admin', 'Member'],
  displayName: 'Grace Hopper',
};

/** A Free plan's usage: enough for the dashboard at `/` to load. */
export const usage: ApiResult<'/api/v1/identity/usage', 'get'> = {
  plan: 'Free',
  requestsPerMinute: 10,
  monthlyQuota: 100,
  used: 0,
  remaining: 100,
  periodStart: '2026-11-01T00:00:00Z',
  periodEnd: '2026-12-01T00:00:00Z',
};

/** Stubs what the dashboard at `/` loads: the signed-in user `me` and their usage. */
export function mockDashboardApi(me: ApiResult<'/api/v1/identity/me', 'get'>) {
  return mockApi({
    'GET /api/v1/identity/me': () => json(200, me),
    'GET /api/v1/identity/usage': () => json(200, usage),
  });
}

export function signIn(n = 1) {
  tokenStore.set(tokens(n));
}

interface Route {
  method: string;
  pattern: RegExp;
  names: string[];
  handler: Handler;
}

function compile(key: string, handler: Handler): Route {
  const [method = 'GET', path = '/'] = key.split(' ');
  const names: string[] = [];
  const source = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_m, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { method, pattern: new RegExp(`^${source}$`), names, handler };
}

/**
 * Stubs global fetch with a tiny router: keys are "METHOD /path/{param}".
 * Unknown routes answer 404 so a missing stub shows up as a visible problem.
 */
export function mockApi(handlers: Record<string, Handler>) {
  const routes = Object.entries(handlers).map(([k, h]) => compile(k, h));
  const requests: Request[] = [];
  const fetchMock = vi.fn(async (input: Request) => {
    requests.push(input.clone());
    const url = new URL(input.url);
    for (const route of routes) {
      if (route.method !== input.method) continue;
      const m = route.pattern.exec(url.pathname);
      if (!m) continue;
      const params = Object.fromEntries(route.names.map((n, i) => [n, m[i + 1] ?? '']));
      return route.handler(input, params);
    }
    return problem(404, `No stub for ${input.method} ${url.pathname}`);
  });
  vi.stubGlobal('fetch', fetchMock);

  const calls = (method: string, path: string) =>
    requests.filter((r) => r.method === method && new URL(r.url).pathname === path);
  return { fetchMock, requests, calls };
}
