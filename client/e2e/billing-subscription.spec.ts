import { expect, test, type Locator } from '@playwright/test';
import { DEMO_ADMIN, signIn } from './accounts';
import { expectAccessibleAndNarrow } from './checks';

// The demo Admin upgrades the demo organization (an active monthly Pro subscription in EUR, a German business
// customer, 19 % VAT) to Enterprise monthly: the preview credits the unused time on Pro and charges the remaining
// time on Enterprise, both now; confirming invoices it at once. The amounts depend on the day, so only how they
// add up is checked. On a desktop, then on a phone-sized screen.

/** A figure as the page writes money ("€1,234.56", "-€12.34"), in cents. */
const cents = async (cell: Locator) => {
  const text = (await cell.textContent()) ?? '';
  const sign = /^[-−]/.test(text.trim()) ? -1 : 1;
  return sign * Math.round(Number(text.replace(/[^\d.]/g, '')) * 100);
};

test('an Admin previews an upgrade to Enterprise, confirms it and reads its invoice', async ({ page }) => {
  await signIn(page, DEMO_ADMIN.email, DEMO_ADMIN.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Subscription' }).click();
  await expect(page).toHaveURL(/\/billing\/subscription$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Subscription' })).toBeVisible();

  const current = page.getByRole('region', { name: 'Current plan' });
  await expect(current.locator('dt:text-is("Plan") + dd')).toHaveText('Pro, monthly');
  await expect(current.locator('dt:text-is("Status") + dd')).toHaveText('Active');
  await expect(current.locator('dt:text-is("Price") + dd')).toContainText('€');
  await expect(page.getByRole('region', { name: 'Pro', exact: true })).toContainText('Current plan');
  await expect(page.getByRole('button', { name: 'Cancel at the end of the period' })).toBeVisible();
  await expectAccessibleAndNarrow(page);

  const enterprise = page.getByRole('region', { name: 'Enterprise', exact: true });
  await enterprise.getByRole('button', { name: 'Change to this plan (Enterprise, monthly)' }).click();
  const preview = page.getByRole('region', { name: 'Change preview' });
  await expect(preview).toContainText('Applies now');
  const lines = preview.getByRole('table', { name: 'Charges' }).locator('tbody tr');
  await expect(lines).toHaveCount(2);
  await expect(lines.nth(0).locator('td').first()).toContainText('Unused time on Pro (monthly) after');
  await expect(lines.nth(1).locator('td').first()).toContainText(
    'Remaining time on Enterprise (monthly) after',
  );
  const credit = await cents(lines.nth(0).locator('td').nth(1));
  const charge = await cents(lines.nth(1).locator('td').nth(1));
  expect(credit).toBeLessThan(0);
  expect(charge).toBeGreaterThan(0);
  const net = await cents(preview.locator('dt:text-is("Net") + dd'));
  const vat = await cents(preview.locator('dt:text-is("VAT (19 %)") + dd'));
  const total = await cents(preview.locator('dt:text-is("Total due now") + dd'));
  expect(net).toBe(credit + charge);
  expect(total).toBe(net + vat);
  await expectAccessibleAndNarrow(page);

  await preview.getByRole('button', { name: 'Confirm change' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText(
    'You are now on Enterprise, monthly.',
  );
  await expect(preview).toHaveCount(0);
  await expect(current.locator('dt:text-is("Plan") + dd')).toHaveText('Enterprise, monthly');
  await expect(enterprise).toContainText('Current plan');
  await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0);
  await expectAccessibleAndNarrow(page);

  await page.setViewportSize({ width: 375, height: 812 });
  await expect(current).toBeVisible();
  await expectAccessibleAndNarrow(page);

  await page.getByRole('link', { name: 'View the invoice' }).click();
  await expect(page).toHaveURL(/\/billing\/invoices\/[0-9a-f-]+$/);
  await expect(page.getByRole('heading', { level: 1, name: /^Invoice / })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Invoice lines' })).toContainText('Unused time on Pro');
  await expectAccessibleAndNarrow(page);
});
