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
    // The next request carries the new bearer token.
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

describe('register', () => {
  it('validates the form on the client and sends nothing when invalid', async () => {
    const api = mockApi();
    const { user } = renderApp('/register');

    await user.type(screen.getByLabelText('Email'), 'not-an-email');
    await user.type(screen.getByLabelText('Password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(screen.getByText('Enter a valid email address.')).toBeInTheDocument();
    expect(screen.getByText(/at least 8 characters/)).toBeInTheDocument();
    expect(screen.getByText('Display name is required.')).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    expect(api.requests).toHaveLength(0);
  });

  it('registers with the invitation token from the URL', async () => {
    const api = mockApi(
      http.post('/api/v1/identity/register', ({ response }) => response(201).json(tokens(3))),
      meHandler(member),
      usageHandler,
    );
    const { user } = renderApp('/register?invitation=inv-123');

    expect(screen.getByLabelText('Invitation token')).toHaveValue('inv-123');
    await user.type(screen.getByLabelText('Email'), 'new@example.test');
    await user.type(screen.getByLabelText('Password'), 'LongEnough#1');
    await user.type(screen.getByLabelText('Display name'), 'New Person');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByRole('heading', { name: 'Dashboard' })).toBeInTheDocument();
    const [register] = api.calls('post', '/api/v1/identity/register');
    expect(await register?.json()).toEqual({
      email: 'new@example.test',
      password: 'LongEnough#1',
      displayName: 'New Person',
      organizationName: null,
      invitationToken: 'inv-123',
    });
  });

  it('shows server field errors from a 409/400 problem', async () => {
    mockApi(
      http.post('/api/v1/identity/register', ({ response }) =>
        response(400).json(
          ...problem(400, 'Validation failed', { errors: { password: ['Password needs a digit.'] } }),
        ),
      ),
    );
    const { user } = renderApp('/register');
    await user.type(screen.getByLabelText('Email'), 'new@example.test');
    await user.type(screen.getByLabelText('Password'), 'LongEnough');
    await user.type(screen.getByLabelText('Display name'), 'New Person');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Validation failed');
    expect(alert).toHaveTextContent('password: Password needs a digit.');
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
