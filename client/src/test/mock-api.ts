import type { HttpHandler } from 'msw';
import type { PathsFor } from 'openapi-msw';
import type { ApiResult } from '../api/types';
import { usage } from './fixtures';
import { http, type Method } from './http';
import { sentRequests, server } from './server';

/** Fills `{name}` segments of an OpenAPI path template from `params`. */
const fill = (path: string, params: Record<string, string>) =>
  path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(params[name] ?? ''));

/** What the current test sent, and the requests of one operation among them. */
const recorder = {
  requests: sentRequests,
  calls<M extends Method>(method: M, path: PathsFor<(typeof http)[M]>, params: Record<string, string> = {}) {
    const pathname = fill(path, params);
    return sentRequests.filter(
      (r) => r.method === method.toUpperCase() && new URL(r.url).pathname === pathname,
    );
  },
};

/**
 * Answers the API with `handlers` (made with the typed `http` from ./http) for the current test; the
 * first handler that matches a request answers it. Returns what the test sent, to assert on.
 */
export function mockApi(...handlers: HttpHandler[]) {
  server.use(...handlers);
  return recorder;
}

/** Answers `GET /me` with `me`. */
export const meHandler = (me: ApiResult<'/api/v1/identity/me', 'get'>) =>
  http.get('/api/v1/identity/me', ({ response }) => response(200).json(me));

/** Stubs what the dashboard at `/` loads: the signed-in user `me` and their usage. */
export function mockDashboardApi(me: ApiResult<'/api/v1/identity/me', 'get'>) {
  return mockApi(
    meHandler(me),
    http.get('/api/v1/identity/usage', ({ response }) => response(200).json(usage)),
  );
}
