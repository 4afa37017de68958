import { expect, test } from '@playwright/test';
import { DEMO_ADMIN, signIn } from './accounts';
import { expectAccessibleAndNarrow } from './checks';

// The demo Admin reads the demo organization's credits and usage. The demo data gives it a live Promotion grant of
// €20.00 that never expires and a Goodwill grant of €25.00 spent on one invoice; no usage event was reported. On a
// desktop, then on a phone-sized screen.

// Amounts are formatted in the reader's locale: pin it, so "€20.00" is what the page says.
test.use({ locale: 'en-US' });

const METERS = ['active_advisors', 'backtests', 'odds_requests', 'open_positions', 'storage_gb'];

test('an Admin reads the credits: the balance, both grants, and a consumption linked to its invoice', async ({
  page,
}) => {
  await signIn(page, DEMO_ADMIN.email, DEMO_ADMIN.password);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Credits', exact: true })
    .click();
  await expect(page).toHaveURL(/\/billing\/credits$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Credits' })).toBeVisible();

  const eur = page.getByRole('region', { name: 'EUR', exact: true });
  await expect(eur.locator('dt:text-is("Available") + dd')).toHaveText('€20.00');
  await expect(eur.locator('dt:text-is("Next expiry") + dd')).toHaveText('Never');

  const grants = page.getByRole('table', { name: 'Credit grants' });
  const promotion = grants.getByRole('row', { name: /Promotion/ });
  await expect(promotion).toContainText('€20.00');
  await expect(promotion).toContainText('Never');
  await expect(grants.getByRole('row', { name: /Goodwill/ })).toContainText('€25.00');
  await expectAccessibleAndNarrow(page);

  const ledger = page.getByRole('table', { name: 'Credit ledger' });
  const consumption = ledger.getByRole('row', { name: /Paid an invoice/ });
  await expect(consumption).toContainText('-€25.00');
  await expect(consumption.getByRole('link', { name: /^Invoice/ })).toHaveAttribute(
    'href',
    /\/billing\/invoices\/.+/,
  );

  await grants.getByRole('button', { name: /^History of the Goodwill grant/ }).click();
  await expect(page).toHaveURL(/grantId=/);
  await expect(ledger.getByRole('row')).toHaveCount(3);
  await expect(page.getByText(/^Showing the history of the Goodwill grant/)).toBeVisible();

  await page.setViewportSize({ width: 375, height: 812 });
  await expectAccessibleAndNarrow(page);
  await consumption.getByRole('link', { name: /^Invoice/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Invoice INV-/ })).toBeVisible();
});

test('an Admin reads the current period’s usage of every meter, on a 375 px screen too', async ({ page }) => {
  await signIn(page, DEMO_ADMIN.email, DEMO_ADMIN.password);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Usage', exact: true })
    .click();
  await expect(page).toHaveURL(/\/billing\/usage$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Usage' })).toBeVisible();
  await expect(page.getByText(/^The current billing period runs from /)).toBeVisible();

  const table = page.getByRole('table', { name: 'Usage per meter' });
  await expect(table.getByRole('row')).toHaveCount(METERS.length + 1);
  for (const meter of METERS) {
    // The last cell is the number of events.
    await expect(
      table
        .getByRole('row', { name: new RegExp(meter) })
        .getByRole('cell')
        .last(),
    ).toHaveText('0');
  }
  await expect(table.getByRole('row', { name: /active_advisors/ })).toContainText('distinct advisor id');
  await expectAccessibleAndNarrow(page);

  await page.setViewportSize({ width: 375, height: 812 });
  await expectAccessibleAndNarrow(page);
});
