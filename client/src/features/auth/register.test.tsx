import { screen, waitFor } from '@testing-library/react';
import { tokenStore } from '../../api/token-store';
import type { ApiResult } from '../../api/types';
import { member, tokens } from '../../test/fixtures';
import { http } from '../../test/http';
import { mockApi, mockDashboardApi } from '../../test/mock-api';
import { problem } from '../../test/problem';
import { renderApp } from '../../test/render';

const pending = (email: string): ApiResult<'/api/v1/identity/register', 'post'> => ({
  id: '0193c1e2-7a4b-7c3d-9e8f-1a2b3c4d5e6f',
  email,
  expiresAt: '2026-12-02T09:30:00Z',
});

/** Answers a sign-up as the API does, whatever the address: 202, a link is on its way to it. */
const registered = http.post('/api/v1/identity/register', async ({ request, response }) =>
  response(202).json(pending((await request.json())?.email ?? '')),
);

type User = ReturnType<typeof renderApp>['user'];

async function fillIn(user: User, email: string, password = 'LongEnough#1') {
  await user.type(screen.getByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.type(screen.getByLabelText('Display name'), 'New Person');
  await user.click(screen.getByRole('button', { name: 'Create account' }));
}

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
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter a valid email address.');
    expect(api.requests).toHaveLength(0);
  });

  it('says to check the inbox the link was sent to, and signs no one in', async () => {
    const api = mockApi(registered);
    const { user, router } = renderApp('/register');

    await user.type(screen.getByLabelText('Organization name (optional)'), 'Northwind');
    await fillIn(user, 'new@example.test');

    const heading = await screen.findByRole('heading', { name: 'Check your inbox' });
    expect(heading).toHaveFocus();
    expect(screen.getByText('new@example.test')).toBeInTheDocument();
    expect(screen.getByText(/works for 24 hours/)).toHaveTextContent('nothing happens until you open it');
    expect(screen.queryByRole('form', { name: 'Create account' })).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/register');
    expect(tokenStore.get()).toBeNull();
    const [register] = api.calls('post', '/api/v1/identity/register');
    expect(await register?.json()).toEqual({
      email: 'new@example.test',
      password: 'LongEnough#1',
      displayName: 'New Person',
      organizationName: 'Northwind',
      invitationToken: null,
    });
  });

  it('starts over with an empty form for another address', async () => {
    mockApi(registered);
    const { user } = renderApp('/register');
    await fillIn(user, 'typo@example.test');

    await user.click(await screen.findByRole('button', { name: 'Use another address' }));

    expect(screen.getByRole('heading', { name: 'Create account' })).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveValue('');
  });

  it('sends the invitation token from the URL and then says to check the inbox', async () => {
    const api = mockApi(registered);
    const { user } = renderApp('/register?invitation=inv-123');

    expect(screen.getByLabelText('Invitation token')).toHaveValue('inv-123');
    await fillIn(user, 'invited@example.test');

    expect(await screen.findByRole('heading', { name: 'Check your inbox' })).toBeInTheDocument();
    expect(screen.getByText('invited@example.test')).toBeInTheDocument();
    const [register] = api.calls('post', '/api/v1/identity/register');
    expect(await register?.json()).toMatchObject({
      email: 'invited@example.test',
      invitationToken: 'inv-123',
    });
  });

  it('shows server field errors from a 400 problem and keeps the form', async () => {
    mockApi(
      http.post('/api/v1/identity/register', ({ response }) =>
        response(400).json(
          ...problem(400, 'Validation failed', { errors: { password: ['Password needs a digit.'] } }),
        ),
      ),
    );
    const { user } = renderApp('/register');
    await fillIn(user, 'new@example.test', 'LongEnough');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Validation failed');
    expect(alert).toHaveTextContent('password: Password needs a digit.');
    expect(screen.getByRole('form', { name: 'Create account' })).toBeInTheDocument();
  });
});

const confirmed = (n = 9) =>
  http.post('/api/v1/identity/register/confirm', ({ response }) => response(201).json(tokens(n)));

describe('confirming a sign-up', () => {
  it('posts the token from the link, signs in and opens the dashboard', async () => {
    const api = mockApi(confirmed(9));
    mockDashboardApi(member);
    const { router } = renderApp('/register/confirm?token=tok-1');

    expect(screen.getByRole('status')).toHaveTextContent('Opening your account');
    expect(await screen.findByRole('heading', { name: 'Dashboard' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    const [confirm] = api.calls('post', '/api/v1/identity/register/confirm');
    expect(await confirm?.json()).toEqual({ token: 'tok-1' });
    expect(JSON.parse(localStorage.getItem('cp.auth') ?? 'null')).toMatchObject({ accessToken: 'access-9' });
    // The dashboard's heading shows before its data is asked for: wait for the request itself.
    await waitFor(() => {
      expect(api.calls('get', '/api/v1/identity/me')).not.toHaveLength(0);
    });
    const [me] = api.calls('get', '/api/v1/identity/me');
    expect(me?.headers.get('Authorization')).toBe('Bearer access-9');
  });

  it('posts the token only once under StrictMode, whose effects run twice', async () => {
    const api = mockApi(confirmed());
    mockDashboardApi(member);
    renderApp('/register/confirm?token=tok-1', { strict: true });

    expect(await screen.findByRole('heading', { name: 'Dashboard' })).toBeInTheDocument();
    expect(api.calls('post', '/api/v1/identity/register/confirm')).toHaveLength(1);
  });

  it('says a used, expired or replaced link no longer works, and where to go instead', async () => {
    mockApi(
      http.post('/api/v1/identity/register/confirm', ({ response }) =>
        response(400).json(
          ...problem(400, 'Validation failed', {
            errors: { token: ['This confirmation link is not valid.'] },
          }),
        ),
      ),
    );
    const { router } = renderApp('/register/confirm?token=spent');

    expect(await screen.findByRole('heading', { name: 'This link no longer works' })).toBeInTheDocument();
    expect(
      screen.getByText(/already used, has expired .* or a newer e-mail replaced it/),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign up again' })).toHaveAttribute('href', '/register');
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login');
    expect(router.state.location.pathname).toBe('/register/confirm');
    expect(tokenStore.get()).toBeNull();
  });

  it.each([
    [409, 'Conflict', 'An account with this e-mail already exists.'],
    [422, 'Unprocessable Entity', 'The invitation was withdrawn.'],
  ] as const)('shows the problem of a %i and stays signed out', async (status, title, detail) => {
    mockApi(
      http.post('/api/v1/identity/register/confirm', ({ response }) =>
        response(status).json(...problem(status, title, { detail })),
      ),
    );
    renderApp('/register/confirm?token=tok-1');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(title);
    expect(alert).toHaveTextContent(detail);
    expect(screen.getByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(tokenStore.get()).toBeNull();
  });

  it.each(['/register/confirm', '/register/confirm?token=', '/register/confirm?token=%20'])(
    'explains a link without its token (%s) and sends nothing',
    async (path) => {
      const api = mockApi();
      renderApp(path, { strict: true });

      expect(await screen.findByRole('heading', { name: 'This link is incomplete' })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Sign up again' })).toBeInTheDocument();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(api.requests).toHaveLength(0);
    },
  );
});
