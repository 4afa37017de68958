import { expect, test, type Locator } from '@playwright/test';
import { signUpOnPhone } from './accounts';
import { expectAccessibleAndNarrow } from './checks';
import { uploadSeason } from './football-data';

// A new member imports a football-data.co.uk season on a phone-sized screen, then imports it again:
// the second run finds every match already known and adds none.

const count = (report: Locator, label: string) => report.locator(`dt:text-is("${label}") + dd`);

test('a new member imports a football-data season, and importing it again adds nothing', async ({ page }) => {
  await signUpOnPhone(page, 'importer', 'Season Importer');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import data' }).click();
  await expect(page.getByRole('heading', { name: 'Import data', level: 1 })).toBeVisible();
  await expectAccessibleAndNarrow(page);

  const first = await uploadSeason(page);
  await expect(count(first, 'Rows read')).toHaveText('380');
  await expect(count(first, 'Events added')).toHaveText('380');
  await expect(first.getByText('No rejected rows.')).toBeVisible();
  await expectAccessibleAndNarrow(page);

  const second = await uploadSeason(page);
  await expect(count(second, 'Rows read')).toHaveText('380');
  await expect(count(second, 'Events added')).toHaveText('0');
  await expectAccessibleAndNarrow(page);
});
