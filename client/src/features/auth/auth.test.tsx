import { screen, waitFor } from '@testing-library/react';
import { tokenStore } from '../../api/token-store';
import type { ApiResult } from '../../api/types';
import { member, signIn, tokens } from '../../test/fixtures';
import { http } from '../../test/http';
import { meHandler, mockApi } from '../../test/mock-api';
import { problem } from '../../test/problem';
import { renderApp } from '../../test/render';

const usage: ApiResult<'/api/v1/identity/usage', 'get'> = {
  plan: 'Pro',
  requestsPerMinute: 60,
  monthlyQuota: 1000,
  used: 10,
  remaining: 990,
  periodStart: '2026-11-01T00:00:00Z',
  periodEnd: '2026-12-01T00:00:00Z',
};

const usageHandler = http.get('/api/v1/identity/usage', ({ response }) => response(200).json(usage));

describe('login', () => {
  it('stores the tokens and opens the dashboard on success', async () => {
    const api = mockApi(
      http.post('/api/v1/identity/login', ({ response }) => response(200).json(tokens(7))),
      meHandler(member),
      usageHandler,
    );
    const { user, router } = renderApp('/login');

    await user.type(screen.getByLabelText('Email'), 'ada@example.test');
    await user.type(screen.getByLabelText('Password'), 'Secret#123');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: 'Dashboard' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    const [login] = api.calls('post', '/api/v1/identity/login');
    expect(await login?.json()).toEqual({ email: 'ada@example.test', password: 'Secret#123' });
    expect(JSON.parse(localStorage.getItem('cp.auth') ?? 'null')).toMatchObject({ accessToken: 'access-7' });
    // The next request carries the new bearer token (the heading shows before the dashboard asks for it).
    await waitFor(() => {
      expect(api.calls('get', '/api/v1/identity/me')).not.toHaveLength(0);
    });
    const [me] = api.calls('get', '/api/v1/identity/me');
    expect(me?.headers.get('Authorization')).toBe('Bearer access-7');
  });

  it('shows the problem detail on 401 and stays on the page', async () => {
    mockApi(
      http.post('/api/v1/identity/login', ({ response }) =>
        response(401).json(...problem(401, 'Unauthorized', { detail: 'Invalid email or password.' })),
      ),
    );
    const { user, router } = renderApp('/login');

    await user.type(screen.getByLabelText('Email'), 'ada@example.test');
    await user.type(screen.getByLabelText('Password'), 'wrong-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Unauthorized');
    expect(alert).toHaveTextContent('Invalid email or password.');
    expect(router.state.location.pathname).toBe('/login');
    expect(tokenStore.get()).toBeNull();
  });

  it('sends anonymous users to /login and brings them back afterwards', async () => {
    mockApi(
      http.post('/api/v1/identity/login', ({ response }) => response(200).json(tokens())),
      meHandler(member),
    );
    const { user, router } = renderApp('/account');

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');

    await user.type(screen.getByLabelText('Email'), 'ada@example.test');
    await user.type(screen.getByLabelText('Password'), 'Secret#123');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: 'Account' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/account');
  });
});

describe('logout', () => {
  it('revokes the refresh token, clears the session and goes to /login', async () => {
    signIn(5);
    const api = mockApi(
      meHandler(member),
      usageHandler,
      http.post('/api/v1/identity/logout', ({ response }) => response(204).empty()),
    );
    const { user, router } = renderApp('/');

    await user.click(await screen.findByRole('button', { name: 'Log out' }));

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    const [logout] = api.calls('post', '/api/v1/identity/logout');
    expect(logout?.headers.get('Authorization')).toBe('Bearer access-5');
    expect(await logout?.json()).toEqual({ refreshToken: 'refresh-5' });
    await waitFor(() => {
      expect(localStorage.getItem('cp.auth')).toBeNull();
    });
  });
});
