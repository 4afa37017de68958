import { api, setSessionExpiredHandler, unwrap } from './client';
import { ProblemError } from './problem';
import { tokenStore } from './token-store';
import { member, signIn, tokens, usage } from '../test/fixtures';
import { http } from '../test/http';
import { mockApi } from '../test/mock-api';
import { problem } from '../test/problem';

const withBearer = (request: Request, token: string) =>
  request.headers.get('Authorization') === `Bearer ${token}`;

describe('api client', () => {
  it('adds the bearer token and a correlation id', async () => {
    signIn(1);
    const mock = mockApi(http.get('/api/v1/identity/me', ({ response }) => response(200).json(member)));
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
    const mock = mockApi(
      http.get('/api/v1/identity/me', ({ request, response }) =>
        withBearer(request, 'access-2')
          ? response(200).json(member)
          : response(401).json(...problem(401, 'Unauthorized')),
      ),
      http.get('/api/v1/identity/usage', ({ request, response }) =>
        withBearer(request, 'access-2')
          ? response(200).json({ ...usage, used: 1 })
          : response(401).json(...problem(401, 'Unauthorized')),
      ),
      http.post('/api/v1/identity/refresh', async ({ response }) => {
        await refreshGate;
        return response(200).json(tokens(2));
      }),
    );

    const both = Promise.all([api.GET('/api/v1/identity/me'), api.GET('/api/v1/identity/usage')]);
    await vi.waitFor(() => {
      expect(mock.calls('post', '/api/v1/identity/refresh')).toHaveLength(1);
    });
    releaseRefresh();
    const [me, usageResult] = await both;

    expect(unwrap(me).email).toBe('ada@example.test');
    expect(usageResult.response.status).toBe(200);
    const refreshes = mock.calls('post', '/api/v1/identity/refresh');
    expect(refreshes).toHaveLength(1);
    expect(await refreshes[0]?.json()).toEqual({ refreshToken: 'refresh-1' });
    expect(mock.calls('get', '/api/v1/identity/me')).toHaveLength(2);
    expect(mock.calls('get', '/api/v1/identity/usage')).toHaveLength(2);
    expect(tokenStore.get()?.accessToken).toBe('access-2');
    expect(JSON.parse(localStorage.getItem('cp.auth') ?? '{}')).toMatchObject({ refreshToken: 'refresh-2' });
  });

  it('replays the request body after a refresh', async () => {
    signIn(1);
    const mock = mockApi(
      http.post('/api/v1/identity/api-keys', ({ request, response }) => {
        if (!withBearer(request, 'access-2')) return response(401).json(...problem(401, 'Unauthorized'));
        return response(201).json({
          secret: 's',
          apiKey: {
            id: 'aaaaaaaa-0000-0000-0000-000000000001',
            name: 'k',
            prefix: 'cp_live_ab12',
            scopes: ['Read'],
            ownerId: member.id,
            ownerEmail: member.email,
            createdAt: '2026-11-25T10:00:00Z',
          },
        });
      }),
      http.post('/api/v1/identity/refresh', ({ response }) => response(200).json(tokens(2))),
    );
    const result = await api.POST('/api/v1/identity/api-keys', { body: { name: 'k', scopes: ['Read'] } });
    expect(result.response.status).toBe(201);
    const retried = mock.calls('post', '/api/v1/identity/api-keys').at(-1);
    expect(await retried?.json()).toEqual({ name: 'k', scopes: ['Read'] });
  });

  it('clears the session and signals expiry when the refresh fails', async () => {
    signIn(1);
    const expired = vi.fn();
    setSessionExpiredHandler(expired);
    mockApi(
      http.get('/api/v1/identity/me', ({ response }) =>
        response(401).json(...problem(401, 'Unauthorized', { detail: 'Token expired.' })),
      ),
      http.post('/api/v1/identity/refresh', ({ response }) =>
        response(401).json(...problem(401, 'Unauthorized')),
      ),
    );

    const result = await api.GET('/api/v1/identity/me');
    expect(() => unwrap(result)).toThrow(ProblemError);
    expect(tokenStore.get()).toBeNull();
    expect(localStorage.getItem('cp.auth')).toBeNull();
    expect(expired).toHaveBeenCalledTimes(1);
  });

  it('does not try to refresh without a stored session', async () => {
    const mock = mockApi(
      http.get('/api/v1/identity/me', ({ response }) => response(401).json(...problem(401, 'Unauthorized'))),
    );
    const result = await api.GET('/api/v1/identity/me');
    expect(result.response.status).toBe(401);
    expect(mock.calls('post', '/api/v1/identity/refresh')).toHaveLength(0);
  });

  it('turns problem+json into a ProblemError', async () => {
    signIn(1);
    mockApi(
      http.get('/api/v1/identity/me', ({ response }) =>
        response(400).json(
          ...problem(400, 'Validation failed', { detail: 'Bad input', errors: { email: ['Required.'] } }),
        ),
      ),
    );
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
