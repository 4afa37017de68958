import { expect, test } from '@playwright/test';
import { DEMO_ADMIN, signIn } from './accounts';
import { expectAccessibleAndNarrow } from './checks';

// The demo Admin reads the demo organization's invoices: a year of monthly Pro invoices (€29 + 19 % German VAT),
// each issued on the first of its month, the current month's still open, the others paid. Numbers run per year,
// so this year's newest is INV-<year>-<number of this month>. On a desktop, then on a phone-sized screen.

const now = new Date();
const NEWEST = `INV-${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(6, '0')}`;
const THIS_MONTH = now.toLocaleString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

test('an Admin lists the invoices, filters the open one and reads it', async ({ page }) => {
  await signIn(page, DEMO_ADMIN.email, DEMO_ADMIN.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Invoices' }).click();
  await expect(page).toHaveURL(/\/billing\/invoices$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Invoices' })).toBeVisible();

  const table = page.getByRole('table', { name: 'Invoices' });
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(12);
  await expect(page.getByText('Page 1 of 1 (12 total)')).toBeVisible();
  await expect(rows.first()).toContainText(NEWEST);
  await expect(rows.first()).toContainText('Open');
  await expect(rows.first()).toContainText('€34.51');
  await expect(rows.filter({ hasText: 'Paid' })).toHaveCount(11);
  await expectAccessibleAndNarrow(page);

  await page.getByRole('combobox', { name: 'Status' }).selectOption('Open');
  await expect(page).toHaveURL(/\/billing\/invoices\?status=Open$/);
  await expect(rows).toHaveCount(1);
  await expect(page.getByText('Page 1 of 1 (1 total)')).toBeVisible();

  await table.getByRole('link', { name: NEWEST }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Invoice ${NEWEST}` })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Invoice lines' })).toContainText(`Pro, ${THIS_MONTH}`);
  const totals = page.getByRole('region', { name: 'Totals' });
  await expect(totals.locator('dt:text-is("VAT (19 %)") + dd')).toHaveText('€5.51');
  await expect(totals.locator('dt:text-is("Total") + dd')).toHaveText('€34.51');
  await expect(totals.locator('dt:text-is("Amount due") + dd')).toHaveText('€34.51');
  const buyer = page.getByRole('region', { name: 'Buyer' });
  await expect(buyer.locator('dt:text-is("Name") + dd')).toHaveText('Demo Advisory GmbH');
  await expect(buyer.locator('dt:text-is("Country") + dd')).toHaveText('DE');
  await expectAccessibleAndNarrow(page);

  await page.setViewportSize({ width: 375, height: 812 });
  await expect(totals).toBeVisible();
  await expectAccessibleAndNarrow(page);

  await page.getByRole('link', { name: 'Back to the invoices' }).click();
  await expect(page).toHaveURL(/\/billing\/invoices$/);
  await expect(rows).toHaveCount(12);
  await expectAccessibleAndNarrow(page);
});

test('an unknown invoice is “No such invoice”, with a way back', async ({ page }) => {
  await signIn(page, DEMO_ADMIN.email, DEMO_ADMIN.password);
  await page.goto('/billing/invoices/00000000-0000-7000-8000-000000000000');
  await expect(page.getByRole('heading', { level: 1, name: 'No such invoice' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('link', { name: 'Back to the invoices' }).click();
  await expect(page.getByRole('table', { name: 'Invoices' })).toBeVisible();
});
