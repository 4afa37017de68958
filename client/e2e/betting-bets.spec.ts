import { expect, test, type Locator } from '@playwright/test';
import { expectAccessibleAndNarrow } from './checks';
import { signUpWithSeason } from './football-data';

// A new member imports the Premier League 2023-24 season, records a bet by hand on one of its matches through the
// dialog, finds it in the table and in the figures, then opens the analytics, on a phone-sized screen.

const figure = (region: Locator, label: string) => region.locator(`dt:text-is("${label}") + dd`);

test('a member places a bet by hand and reads it back', async ({ page }) => {
  const nav = await signUpWithSeason(page, 'bets', 'Bet Recorder');

  await nav.getByRole('link', { name: 'Bets', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Bets', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Place a bet' }).click();
  const dialog = page.getByRole('dialog', { name: 'Place a bet' });
  await dialog.getByLabel('Search events by team').fill('Luton');
  const option = dialog.getByRole('option', { name: /^Luton – Fulham/ });
  await expect(option).toHaveCount(1);
  await dialog
    .getByRole('combobox', { name: 'Event' })
    .selectOption({ label: (await option.textContent()) ?? '' });
  await dialog.getByLabel('Bookmaker key').fill('pinnacle');
  await dialog.getByLabel('Odds').fill('2.10');
  await dialog.getByLabel('Stake').fill('10');
  await expectAccessibleAndNarrow(page);
  await dialog.getByRole('button', { name: 'Place bet' }).click();

  await expect(page.getByRole('status')).toHaveText('Bet placed.');
  const table = page.getByRole('table', { name: 'Bets' });
  await expect(table.getByRole('row').nth(1)).toContainText('1X2 Home');
  await expect(table.getByRole('row').nth(1)).toContainText('Pending');
  const pnl = page.getByLabel('Profit and loss');
  await expect(figure(pnl, 'Pending bets')).toHaveText('1');
  await expect(figure(pnl, 'Open exposure')).toHaveText('10.00 EUR');
  await expectAccessibleAndNarrow(page);

  await nav.getByRole('link', { name: 'Analytics' }).click();
  await expect(page.getByRole('heading', { name: 'Analytics', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: '30 days' }).click();
  await expect(page.getByRole('region', { name: 'Agents' })).toContainText('No settled bets in this period.');
  await expectAccessibleAndNarrow(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});
