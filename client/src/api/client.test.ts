import { api, setSessionExpiredHandler, unwrap } from './client';
import { ProblemError } from './problem';
import { tokenStore } from './token-store';
import { json, member, mockApi, problem, signIn, tokens } from '../test/mock-api';

describe('api client', () => {
  it('adds the bearer token and a correlation id', async () => {
    signIn(1);
    const mock = mockApi({ 'GET /api/v1/identity/me': () => json(200, member) });
    await api.GET('/api/v1/identity/me');
    const [req] = mock.requests;
    expect(req?.headers.get('Authorization')).toBe('Bearer access-1');
    expect(req?.headers.get('X-Correlation-Id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refreshes once for concurrent 401s and retries each request', async () => {
    signIn(1);
    let releaseRefresh: () => void = () => undefined;
    const refreshGate = new Promise<void>((resolve) => {
      releaseRefresh = resolve;
    });
    const mock = mockApi({
      'GET /api/v1/identity/me': (req) =>
        req.headers.get('Authorization') === 'Bearer access-2'
          ? json(200, member)
          : problem(401, 'Unauthorized'),
      'GET /api/v1/identity/usage': (req) =>
        req.headers.get('Authorization') === 'Bearer access-2'
          ? json(200, { used: 1 })
          : problem(401, 'Unauthorized'),
      'POST /api/v1/identity/refresh': async () => {
        await refreshGate;
        return json(200, tokens(2));
      },
    });

    const both = Promise.all([api.GET('/api/v1/identity/me'), api.GET('/api/v1/identity/usage')]);
    await vi.waitFor(() => {
      expect(mock.calls('POST', '/api/v1/identity/refresh')).toHaveLength(1);
    });
    releaseRefresh();
    const [me, usage] = await both;

    expect(unwrap(me).email).toBe('ada@example.test');
    expect(usage.response.status).toBe(200);
    const refreshes = mock.calls('POST', '/api/v1/identity/refresh');
    expect(refreshes).toHaveLength(1);
    expect(await refreshes[0]?.json()).toEqual({ refreshToken: 'refresh-1' });
    expect(mock.calls('GET', '/api/v1/identity/me')).toHaveLength(2);
    expect(mock.calls('GET', '/api/v1/identity/usage')).toHaveLength(2);
    expect(tokenStore.get()?.accessToken).toBe('access-2');
    expect(JSON.parse(localStorage.getItem('cp.auth') ?? '{}')).toMatchObject({ refreshToken: 'refresh-2' });
  });

  it('replays the request body after a refresh', async () => {
    signIn(1);
    const mock = mockApi({
      'POST /api/v1/identity/api-keys': (req) =>
        req.headers.get('Authorization') === 'Bearer access-2'
          ? json(201, { secret: 's', apiKey: {} })
          : problem(401, 'Unauthorized'),
      'POST /api/v1/identity/refresh': () => json(200, tokens(2)),
    });
    const result = await api.POST('/api/v1/identity/api-keys', { body: { name: 'k', scopes: ['Read'] } });
    expect(result.response.status).toBe(201);
    const retried = mock.calls('POST', '/api/v1/identity/api-keys').at(-1);
    expect(await retried?.json()).toEqual({ name: 'k', scopes: ['Read'] });
  });

  it('clears the session and signals expiry when the refresh fails', async () => {
    signIn(1);
    const expired = vi.fn();
    setSessionExpiredHandler(expired);
    mockApi({
      'GET /api/v1/identity/me': () => problem(401, 'Unauthorized', { detail: 'Token expired.' }),
      'POST /api/v1/identity/refresh': () => problem(401, 'Unauthorized'),
    });

    const result = await api.GET('/api/v1/identity/me');
    expect(() => unwrap(result)).toThrow(ProblemError);
    expect(tokenStore.get()).toBeNull();
    expect(localStorage.getItem('cp.auth')).toBeNull();
    expect(expired).toHaveBeenCalledTimes(1);
  });

  it('does not try to refresh without a stored session', async () => {
    const mock = mockApi({ 'GET /api/v1/identity/me': () => problem(401, 'Unauthorized') });
    const result = await api.GET('/api/v1/identity/me');
    expect(result.response.status).toBe(401);
    expect(mock.calls('POST', '/api/v1/identity/refresh')).toHaveLength(0);
  });

  it('turns problem+json into a ProblemError', async () => {
    signIn(1);
    mockApi({
      'GET /api/v1/identity/me': () =>
        problem(400, 'Validation failed', { detail: 'Bad input', errors: { email: ['Required.'] } }),
    });
    const result = await api.GET('/api/v1/identity/me');
    let caught: unknown;
    try {
      unwrap(result);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ProblemError);
    const error = caught as ProblemError;
    expect(error.status).toBe(400);
    expect(error.title).toBe('Validation failed');
    expect(error.detail).toBe('Bad input');
    expect(error.errors).toEqual({ email: ['Required.'] });
    expect(error.traceId).toBe('00-trace-01');
    expect(error.correlationId).toBe('corr-1');
  });
});
