import path from 'node:path';
import { expect, type Page } from '@playwright/test';

// The spec runs from client/; the file is the one the API's own tests import.
const SEASON = path.resolve(process.cwd(), '../tests/TestSupport/Data/football-data/E0_2023-24.csv');

/** Uploads the Premier League 2023-24 season on the import page already open; returns its report. */
export async function uploadSeason(page: Page) {
  await page.getByLabel('football-data.co.uk CSV file').setInputFiles(SEASON);
  await page.getByRole('button', { name: 'Upload' }).click();
  const report = page.getByRole('region', { name: 'Imported E0_2023-24.csv' });
  await expect(report).toBeVisible({ timeout: 30_000 });
  return report;
}
