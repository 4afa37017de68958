import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { tokenStore } from '../../api/token-store';
import type { HttpHandler } from 'msw';
import { member, signIn, tokens } from '../../test/fixtures';
import { http } from '../../test/http';
import { meHandler, mockApi } from '../../test/mock-api';
import { validationProblem } from '../../test/problem';
import { renderApp } from '../../test/render';

const passwordChanged = http.put('/api/v1/identity/me/password', ({ response }) =>
  response(200).json(tokens(2)),
);

function mockAccountApi(changePassword: HttpHandler = passwordChanged) {
  return mockApi(meHandler(member), changePassword);
}

async function changePassword(user: UserEvent, current: string, next: string, confirm: string) {
  await user.type(await screen.findByLabelText('Current password'), current);
  await user.type(screen.getByLabelText('New password'), next);
  await user.type(screen.getByLabelText('Confirm new password'), confirm);
  await user.click(screen.getByRole('button', { name: 'Change password' }));
}

describe('account page', () => {
  beforeEach(() => {
    signIn();
  });

  it('refuses to send when the new passwords do not match', async () => {
    const api = mockAccountApi();
    const { user } = renderApp('/account');

    await changePassword(user, 'Old#password1', 'New#password1', 'New#password2');

    expect(screen.getByRole('alert')).toHaveTextContent('The new passwords do not match.');
    expect(screen.getByLabelText('Confirm new password')).toHaveAttribute('aria-invalid', 'true');
    expect(api.calls('put', '/api/v1/identity/me/password')).toHaveLength(0);
  });

  it('changes the password and says so', async () => {
    const api = mockAccountApi();
    const { user } = renderApp('/account');

    await changePassword(user, 'Old#password1', 'New#password1', 'New#password1');

    expect(await screen.findByRole('status')).toHaveTextContent('Password changed.');
    const [put] = api.calls('put', '/api/v1/identity/me/password');
    expect(await put?.json()).toEqual({ currentPassword: 'Old#password1', newPassword: 'New#password1' });
    expect(screen.getByLabelText('Current password')).toHaveValue('');
  });

  it('continues in the fresh session the server returns', async () => {
    mockAccountApi();
    const { user } = renderApp('/account');

    await changePassword(user, 'Old#password1', 'New#password1', 'New#password1');

    await screen.findByRole('status');
    expect(tokenStore.get()).toEqual(tokens(2));
  });

  it('shows field errors from the server', async () => {
    mockAccountApi(
      http.put('/api/v1/identity/me/password', ({ response }) =>
        response(400).json(...validationProblem({ currentPassword: ['Incorrect password.'] })),
      ),
    );
    const { user } = renderApp('/account');
    await changePassword(user, 'bad', 'New#password1', 'New#password1');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('currentPassword: Incorrect password.');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
