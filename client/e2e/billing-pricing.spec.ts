import { expect, test, type Page } from '@playwright/test';
import { expectAccessibleAndNarrow } from './checks';

// A signed-out visitor compares the seeded plans (appsettings.json's Billing:Catalogue) on the public
// pricing page, in EUR then USD, monthly then yearly, on a desktop and a phone-sized screen.

// Prices are formatted in the reader's locale: pin it, so "$320.00" is what the page says.
test.use({ locale: 'en-US' });

const plan = (page: Page, name: string) => page.getByRole('region', { name });

test('a visitor compares the plans monthly in EUR, then yearly in USD', async ({ page }) => {
  await page.goto('/pricing');
  await expect(page.getByRole('heading', { level: 1, name: 'Pricing' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Free', 'Pro', 'Enterprise']);
  await expect(plan(page, 'Free')).toContainText('Free');
  await expect(plan(page, 'Pro')).toContainText('€29.00 per month');
  await expect(plan(page, 'Pro')).toContainText('14-day free trial');
  await expect(plan(page, 'Enterprise')).toContainText('€99.00 per month');
  await expect(page.getByText('Prices exclude VAT.')).toBeVisible();

  await page.getByRole('radio', { name: 'Yearly' }).check();
  await expect(plan(page, 'Pro')).toContainText('€290.00 per year');
  await page.getByRole('radio', { name: 'USD' }).check();
  await expect(plan(page, 'Pro')).toContainText('$320.00 per year');
  await expect(plan(page, 'Pro')).toContainText('Save $64.00 a year against paying monthly (2 months free)');
  await expect(plan(page, 'Enterprise')).toContainText('$1,090.00 per year');
  await expect(plan(page, 'Free')).not.toContainText('Save');
  await expectAccessibleAndNarrow(page);

  await page.setViewportSize({ width: 375, height: 812 });
  await expect(plan(page, 'Enterprise')).toBeVisible();
  await expectAccessibleAndNarrow(page);

  await plan(page, 'Pro').getByRole('link', { name: 'Start 14-day trial with Pro' }).click();
  await expect(page).toHaveURL(/\/register$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Create account' })).toBeVisible();
});
