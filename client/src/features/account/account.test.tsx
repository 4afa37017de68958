import { screen } from '@testing-library/react';
import { json, member, mockApi, noContent, problem, signIn } from '../../test/mock-api';
import { renderApp } from '../../test/render';

describe('account page', () => {
  beforeEach(() => {
    signIn();
  });

  it('refuses to send when the new passwords do not match', async () => {
    const api = mockApi({
      'GET /api/v1/identity/me': () => json(200, member),
      'PUT /api/v1/identity/me/password': () => noContent(),
    });
    const { user } = renderApp('/account');

    await user.type(await screen.findByLabelText('Current password'), 'Old#password1');
    await user.type(screen.getByLabelText('New password'), 'New#password1');
    await user.type(screen.getByLabelText('Confirm new password'), 'New#password2');
    await user.click(screen.getByRole('button', { name: 'Change password' }));

    expect(screen.getByRole('alert')).toHaveTextContent('The new passwords do not match.');
    expect(screen.getByLabelText('Confirm new password')).toHaveAttribute('aria-invalid', 'true');
    expect(api.calls('PUT', '/api/v1/identity/me/password')).toHaveLength(0);
  });

  it('changes the password and says so', async () => {
    const api = mockApi({
      'GET /api/v1/identity/me': () => json(200, member),
      'PUT /api/v1/identity/me/password': () => noContent(),
    });
    const { user } = renderApp('/account');

    await user.type(await screen.findByLabelText('Current password'), 'Old#password1');
    await user.type(screen.getByLabelText('New password'), 'New#password1');
    await user.type(screen.getByLabelText('Confirm new password'), 'New#password1');
    await user.click(screen.getByRole('button', { name: 'Change password' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Password changed.');
    const [put] = api.calls('PUT', '/api/v1/identity/me/password');
    expect(await put?.json()).toEqual({ currentPassword: 'Old#password1', newPassword: 'New#password1' });
    expect(screen.getByLabelText('Current password')).toHaveValue('');
  });

  it('shows field errors from the server', async () => {
    mockApi({
      'GET /api/v1/identity/me': () => json(200, member),
      'PUT /api/v1/identity/me/password': () =>
        problem(400, 'One or more validation errors occurred.', {
          errors: { currentPassword: ['Incorrect password.'] },
        }),
    });
    const { user } = renderApp('/account');
    await user.type(await screen.findByLabelText('Current password'), 'bad');
    await user.type(screen.getByLabelText('New password'), 'New#password1');
    await user.type(screen.getByLabelText('Confirm new password'), 'New#password1');
    await user.click(screen.getByRole('button', { name: 'Change password' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('currentPassword: Incorrect password.');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
