import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openConfirmationLink, signUpThroughForm, uniqueEmail } from './accounts';
import { expectAccessibleAndNarrow } from './checks';

// A new member imports a football-data.co.uk season on a phone-sized screen, then imports it again:
// the second run finds every match already known and adds none.

// The spec runs from client/; the file is the one the API's own tests import.
const SEASON = path.resolve(process.cwd(), '../tests/TestSupport/Data/football-data/E0_2023-24.csv');

const count = (report: Locator, label: string) => report.locator(`dt:text-is("${label}") + dd`);

async function upload(page: Page) {
  await page.getByLabel('football-data.co.uk CSV file').setInputFiles(SEASON);
  await page.getByRole('button', { name: 'Upload' }).click();
  const report = page.getByRole('region', { name: 'Imported E0_2023-24.csv' });
  await expect(report).toBeVisible({ timeout: 30_000 });
  return report;
}

test('a new member imports a football-data season, and importing it again adds nothing', async ({ page }) => {
  const email = uniqueEmail('importer');
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/register');
  await signUpThroughForm(page, { email, displayName: 'Season Importer' });
  await openConfirmationLink(page, email);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import data' }).click();
  await expect(page.getByRole('heading', { name: 'Import data', level: 1 })).toBeVisible();
  await expectAccessibleAndNarrow(page);

  const first = await upload(page);
  await expect(count(first, 'Rows read')).toHaveText('380');
  await expect(count(first, 'Events added')).toHaveText('380');
  await expect(first.getByText('No rejected rows.')).toBeVisible();
  await expectAccessibleAndNarrow(page);

  const second = await upload(page);
  await expect(count(second, 'Rows read')).toHaveText('380');
  await expect(count(second, 'Events added')).toHaveText('0');
  await expectAccessibleAndNarrow(page);
});
