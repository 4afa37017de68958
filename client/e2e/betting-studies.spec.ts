import { expect, test, type Locator } from '@playwright/test';
import { expectAccessibleAndNarrow } from './checks';
import { signUpWithSeason } from './football-data';

// A new member imports the Premier League 2023-24 season, runs the market study and the default backtest (in the
// background) on a phone-sized screen, and reads the reference figures of betting.md §10: 380 matches, 135 value
// bets.

const figure = (region: Locator, label: string) => region.locator(`dt:text-is("${label}") + dd`);

test('a member studies an imported season and backtests the value rule', async ({ page }) => {
  const nav = await signUpWithSeason(page, 'studies', 'Season Studier');

  await nav.getByRole('link', { name: 'Studies' }).click();
  await expect(page.getByRole('heading', { name: 'Studies', level: 1 })).toBeVisible();
  const market = page.getByRole('form', { name: 'Market study' });
  await market.getByLabel('Competitions').fill('E0');
  await market.getByLabel('Seasons').fill('2023-24');
  await market.getByRole('button', { name: 'Run market study' }).click();
  const study = page.getByRole('region', { name: 'Market study results' });
  await expect(figure(study, 'Matches')).toHaveText('380', { timeout: 30_000 });
  await expect(study.getByRole('table', { name: 'Margins' })).toBeVisible();
  await expectAccessibleAndNarrow(page);

  await page.getByRole('link', { name: 'Backtest' }).click();
  const backtest = page.getByRole('form', { name: 'Backtest' });
  await backtest.getByLabel('Competitions').fill('E0');
  await backtest.getByLabel('Seasons').fill('2023-24');
  // The E2E API backtests at most 300 matches at once: the season's 380 go to the background runner,
  // 100 matches a chunk, and the page follows the run until its figures come.
  const started = page.waitForResponse(
    (r) => r.url().endsWith('/api/v1/betting/studies/backtests') && r.request().method() === 'POST',
  );
  await backtest.getByRole('button', { name: 'Run backtest' }).click();
  expect((await started).status()).toBe(202);
  const results = page.getByRole('region', { name: 'Backtest results' });
  await expect(figure(results, 'Bets')).toHaveText('135', { timeout: 30_000 });
  await expect(figure(results, 'Starting bankroll')).toHaveText('1,000.00');
  const curve = results.getByRole('img', {
    name: /^Equity curve: the bankroll goes from 1,000.00 to .* over 135 bets$/,
  });
  await expect(curve.locator('svg path').first()).toBeVisible();
  await expect(results.getByRole('table', { name: 'Bets' }).getByRole('row')).toHaveCount(26);
  await expectAccessibleAndNarrow(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});
