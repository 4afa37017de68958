import { expect, test } from '@playwright/test';
import { expectAccessibleAndNarrow } from './checks';
import { signUpWithSeason } from './football-data';

// The founder of a new organization (its Admin) imports the Premier League 2023-24 season, replays the agents over
// it, lists the expired opportunities the replay raised and opens one's devig audit, on a phone-sized screen.

test('an Admin replays history and audits an expired opportunity', async ({ page }) => {
  const nav = await signUpWithSeason(page, 'opportunities', 'Value Hunter');

  await nav.getByRole('link', { name: 'Opportunities' }).click();
  await expect(page.getByRole('heading', { name: 'Opportunities', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Replay history' }).click();
  await expect(page.getByText(/^Replay done: /)).toBeVisible({ timeout: 50_000 });

  await page.getByRole('combobox', { name: 'Status' }).selectOption('Expired');
  await expect(page).toHaveURL(/status=Expired/);
  const table = page.getByRole('table', { name: 'Opportunities' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  await expectAccessibleAndNarrow(page);

  await table
    .getByRole('button', { name: /^Audit of / })
    .first()
    .click();
  const audit = page.getByRole('dialog');
  await expect(audit.getByRole('button', { name: 'Close' })).toBeFocused();
  const prices = audit.getByRole('table', { name: 'Raw prices' });
  await expect(prices.getByRole('columnheader', { name: 'Captured at' })).toBeVisible();
  expect(await prices.getByRole('row').count()).toBeGreaterThan(1);
  await expect(audit.getByLabel('Devig audit')).toContainText('Fair odds');
  await expect(audit.getByLabel('Close and result')).toContainText('Closing odds');
  await expect(audit.getByRole('button', { name: 'Place bet' })).toHaveCount(0);
  await expectAccessibleAndNarrow(page);
});
