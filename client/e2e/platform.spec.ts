import { expect, test, type Page } from '@playwright/test';
import {
  DEMO_ADMIN,
  openConfirmationLink,
  PASSWORD,
  signIn,
  signUpThroughForm,
  uniqueEmail,
} from './accounts';

// Runs against the real API (build/test.sh serves client/dist from it with demo data seeded, and has it
// write its e-mails where ./mailbox reads them).

/** Clicks Refresh on the dashboard, waits for the fetch to settle and returns the "used" count. */
async function refreshedUsage(page: Page): Promise<number> {
  const refresh = page.getByRole('button', { name: 'Refresh' });
  await refresh.click();
  await expect(refresh).toBeEnabled();
  const text = (await page.getByTestId('usage-used').textContent()) ?? '';
  return Number(text.replace(/\D/g, ''));
}

test('a new user registers, signs in again and calls the API with a fresh key', async ({ page, request }) => {
  const email = uniqueEmail('e2e');

  await page.goto('/register');
  await signUpThroughForm(page, {
    email,
    displayName: 'E2E User',
    organizationName: `E2E Org ${Date.now()}`,
  });
  await openConfirmationLink(page, email);
  await expect(page.getByRole('region', { name: 'E2E User' })).toContainText(email);

  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);

  await signIn(page, email, PASSWORD);
  await expect(page.getByTestId('usage-used')).toBeVisible();
  const usedBefore = await refreshedUsage(page);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API keys' }).click();
  await expect(page.getByRole('heading', { name: 'API keys' })).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill('e2e read key');
  await page.getByRole('checkbox', { name: 'Read' }).check();
  await page.getByRole('checkbox', { name: 'Write' }).uncheck();
  await page.getByRole('button', { name: 'Create key' }).click();

  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('won’t be shown again');
  const secret = await dialog.getByLabel('Secret').inputValue();
  expect(secret.length).toBeGreaterThan(10);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: /e2e read key/ })).toContainText('Read');

  const me = await request.get('/api/v1/identity/me', { headers: { 'X-Api-Key': secret } });
  expect(me.status()).toBe(200);
  const body = (await me.json()) as { email: string };
  expect(body.email).toBe(email);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByTestId('usage-used')).toBeVisible();
  await expect.poll(() => refreshedUsage(page), { timeout: 20_000 }).toBeGreaterThan(usedBefore);
});

test('the demo admin finds sign-ins in the audit log', async ({ page }) => {
  await signIn(page, DEMO_ADMIN.email, DEMO_ADMIN.password);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/audit/);
  await expect(
    page
      .getByRole('row')
      .filter({ hasText: /Login|Register/ })
      .first(),
  ).toBeVisible();
});

test('the demo admin invites a viewer who registers through the link', async ({ page }) => {
  const email = uniqueEmail('invitee');

  await signIn(page, DEMO_ADMIN.email, DEMO_ADMIN.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).click();
  await expect(page.getByRole('heading', { name: 'Members', level: 1 })).toBeVisible();
  const form = page.getByRole('form', { name: 'Invite a member' });
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Role').selectOption('Viewer');
  await form.getByRole('button', { name: 'Send invitation' }).click();

  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('shown only once');
  const link = await dialog.getByLabel('Invitation link').inputValue();
  expect(link).toContain('/register?invitation=');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(email.replace(/[.]/g, '\\.')) })).toContainText(
    'Pending',
  );

  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();

  await page.goto(link);
  await signUpThroughForm(page, { email, displayName: 'Invited Viewer' });
  await openConfirmationLink(page, email);
  const card = page.getByRole('region', { name: 'Invited Viewer' });
  await expect(card).toContainText('Demo Advisory');
  await expect(card).toContainText(email);
  await expect(card.getByRole('definition').filter({ hasText: /^Viewer$/ })).toBeVisible();
});
