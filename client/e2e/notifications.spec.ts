import { expect, test, type APIRequestContext } from '@playwright/test';
import { PASSWORD, signIn, uniqueEmail } from './accounts';
import { expectAccessibleAndNarrow } from './checks';
import { confirmationLink } from './mailbox';

// An Admin hears, on the Notifications page, that someone they invited has joined. The event travels
// through the API's outbox, so the page may need a moment (and a reload) to show it.

async function post<T>(request: APIRequestContext, path: string, data: object, token?: string): Promise<T> {
  const response = await request.post(path, {
    data,
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  expect(response.status(), `${path} answered ${response.status()}`).toBeLessThan(300);
  return (await response.json()) as T;
}

interface SignUp {
  email: string;
  displayName: string;
  organizationName?: string;
  invitationToken?: string;
}

/** Signs up through the API and confirms with the token the API e-mailed: the account's first tokens. */
async function openAccount(request: APIRequestContext, signUp: SignUp) {
  await post(request, '/api/v1/identity/register', { password: PASSWORD, ...signUp });
  const token = new URL(await confirmationLink(signUp.email)).searchParams.get('token');
  return post<{ accessToken: string }>(request, '/api/v1/identity/register/confirm', { token });
}

test('an Admin on a 375 px screen is told that the person they invited joined', async ({ page, request }) => {
  const adminEmail = uniqueEmail('inviter');
  const inviteeEmail = uniqueEmail('joiner');
  const admin = await openAccount(request, {
    email: adminEmail,
    displayName: 'Inviting Admin',
    organizationName: `Notified Org ${Date.now()}`,
  });
  const invitation = await post<{ token: string }>(
    request,
    '/api/v1/identity/invitations',
    { email: inviteeEmail, role: 'Viewer' },
    admin.accessToken,
  );
  await openAccount(request, {
    email: inviteeEmail,
    displayName: 'Joining Viewer',
    invitationToken: invitation.token,
  });

  await page.setViewportSize({ width: 375, height: 812 });
  await signIn(page, adminEmail, PASSWORD);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notifications' }).click();
  await expect(page.getByRole('heading', { name: 'Notifications', level: 1 })).toBeVisible();

  const told = page
    .getByRole('list', { name: 'Notifications' })
    .getByText(`${inviteeEmail} accepted your invitation and joined as Viewer.`);
  await expect(async () => {
    await page.reload();
    await expect(told).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expectAccessibleAndNarrow(page);
});
