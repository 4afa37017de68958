import { expect, test } from '@playwright/test';
import { DEMO_ADMIN, signIn } from './accounts';
import { expectAccessibleAndNarrow } from './checks';

// The API keys page on a phone-sized screen: usable without sideways scrolling, and no axe violations.

test('an Admin on a 375 px screen creates an expiring key and sees every member’s keys', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await signIn(page, DEMO_ADMIN.email, DEMO_ADMIN.password);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API keys' }).click();
  await expect(page.getByRole('heading', { name: 'API keys' })).toBeVisible();
  const name = `e2e expiring ${Date.now().toString(36)}`;
  const expiresOn = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Expires on (optional)').fill(expiresOn);
  await page.getByRole('button', { name: 'Create key' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('won’t be shown again');
  await expectAccessibleAndNarrow(page);
  await dialog.getByRole('button', { name: 'Close' }).click();

  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('Active');
  await expect(row).not.toContainText('No expiry');
  await expectAccessibleAndNarrow(page);

  await page.getByRole('checkbox', { name: 'Show every member’s keys' }).check();
  await expect(page.getByRole('columnheader', { name: 'Owner' })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText(DEMO_ADMIN.email);
  await expectAccessibleAndNarrow(page);
});
