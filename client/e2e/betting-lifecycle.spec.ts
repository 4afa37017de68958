import { expect, test, type Page } from '@playwright/test';
import { signUpOnPhone } from './accounts';
import { expectAccessibleAndNarrow } from './checks';
import { uploadCsv } from './football-data';

// A value bet's whole life on a phone: the founder imports the coming week's fixtures with their prices, the agents
// find Bet365's home price too high, she bets on it at the suggested stake, then imports the results, settles, and
// watches the profit and the closing-line value appear.

const HEADER =
  'Div,Date,Time,HomeTeam,AwayTeam,PSH,PSD,PSA,BWH,BWD,BWA,IWH,IWD,IWA,WHH,WHD,WHA,B365H,B365D,B365A';
const PRICES = '2.00,3.50,3.80,2.05,3.40,3.70,2.02,3.45,3.75,2.04,3.40,3.80,2.30,3.40,3.60';

/** Two days from now, as football-data writes a date (dd/mm/yyyy, UK). */
function matchDay() {
  const day = new Date(Date.now() + 2 * 86_400_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(day.getUTCDate())}/${two(day.getUTCMonth() + 1)}/${String(day.getUTCFullYear())}`;
}

async function upload(page: Page, name: string, csv: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import data' }).click();
  return uploadCsv(page, name, csv);
}

const figure = (page: Page, label: string) =>
  page.getByLabel('Profit and loss').locator(`dt:text-is("${label}") + dd`);

test('fixtures to an opportunity, a bet on it, then its settlement and CLV', async ({ page }) => {
  const nav = await signUpOnPhone(page, 'lifecycle', 'Value Hunter');
  const day = matchDay();

  await upload(page, 'fixtures.csv', `${HEADER}\r\nE0,${day},15:00,Arsenal,Everton,${PRICES}\r\n`);

  await nav.getByRole('link', { name: 'Opportunities' }).click();
  await page.getByRole('button', { name: 'Run agents' }).click();
  await expect(page.getByText(/^Scan done: 1 events/)).toBeVisible({ timeout: 30_000 });
  const table = page.getByRole('table', { name: 'Opportunities' });
  await expect(table.getByRole('row').nth(1)).toContainText('Arsenal – Everton');
  await expectAccessibleAndNarrow(page);
  await table.getByRole('button', { name: 'Place bet on Arsenal – Everton 1X2 Home' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Place a bet' });
  await expect(dialog.getByRole('region', { name: 'Suggested stake' })).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Stake', exact: true })).not.toHaveValue('');
  await expectAccessibleAndNarrow(page);
  await dialog.getByRole('button', { name: 'Place bet' }).click();
  await expect(page.getByText('Bet placed.')).toBeVisible();

  await nav.getByRole('link', { name: 'Bets', exact: true }).click();
  await expect(figure(page, 'Pending bets')).toHaveText('1');
  await expect(figure(page, 'Settled bets')).toHaveText('0');

  await upload(
    page,
    'E0.csv',
    `${HEADER},FTHG,FTAG,FTR,PSCH,PSCD,PSCA\r\nE0,${day},15:00,Arsenal,Everton,${PRICES},2,0,H,1.90,3.70,4.20\r\n`,
  );
  await nav.getByRole('link', { name: 'Bets', exact: true }).click();
  await page.getByRole('button', { name: 'Settle now' }).click();
  await expect(
    page.getByText(/^Settlement done: 1 settled, .*closing lines recorded for 1 bets/),
  ).toBeVisible();

  await expect(figure(page, 'Settled bets')).toHaveText('1');
  await expect(figure(page, 'Pending bets')).toHaveText('0');
  const bets = page.getByRole('table', { name: 'Bets' });
  await expect(bets.getByRole('row').nth(1)).toContainText('Won');
  // Taken at 2.30, closed at 1.90: raw CLV 2.30 / 1.90 − 1 = 21.05 %.
  await expect(bets.getByRole('row').nth(1)).toContainText('21.05%');
  await expectAccessibleAndNarrow(page);
});
