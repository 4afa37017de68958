import { screen } from '@testing-library/react';
import { tokenStore } from '../../api/token-store';
import type { ApiResult } from '../../api/types';
import { http } from '../../test/http';
import { mockApi } from '../../test/mock-api';
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
