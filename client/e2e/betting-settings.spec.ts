import { expect, test } from '@playwright/test';
import { signUpOnPhone } from './accounts';
import { expectAccessibleAndNarrow } from './checks';

// A new organization's Admin changes the staking rules and sets the Odds API key on a phone-sized screen; after a
// reload the change is there and the key shows only its last four characters.

const KEY = '0123456789abcdef0123456789a1b2c3';

test('an admin saves betting settings and the key shows only its hint', async ({ page }) => {
  await signUpOnPhone(page, 'settings', 'Settings Admin');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Betting settings' })
    .click();

  await expect(page.getByRole('heading', { name: 'Betting settings', level: 1 })).toBeVisible();
  const bankroll = page.getByRole('region', { name: 'Bankroll' });
  await expect(bankroll.locator('dt:text-is("Current bankroll") + dd')).toHaveText('1,000.00 EUR');
  const form = page.getByRole('form', { name: 'Betting settings' });
  await expect(form.getByLabel('Kelly fraction (λ)')).toHaveValue('0.25');
  await expect(form.getByText('No key is set')).toBeVisible();
  await expectAccessibleAndNarrow(page);

  await form.getByLabel('Kelly fraction (λ)').fill('0.5');
  await form.getByLabel('API key').fill(KEY);
  await form.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();

  await page.reload();
  await expect(form.getByLabel('Kelly fraction (λ)')).toHaveValue('0.5');
  await expect(form.getByText('A key is set, ending in …b2c3.')).toBeVisible();
  await expect(form.getByLabel('Replace key')).toHaveAttribute('type', 'password');
  await expect(form.getByLabel('Replace key')).toHaveValue('');
  expect(await page.content()).not.toContain(KEY.slice(0, -4));
  await expectAccessibleAndNarrow(page);
});
