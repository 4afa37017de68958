import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { signUpOnPhone } from './accounts';

// The spec runs from client/; the file is the one the API's own tests import.
const SEASON = path.resolve(process.cwd(), '../tests/TestSupport/Data/football-data/E0_2023-24.csv');

type File = Parameters<ReturnType<Page['getByLabel']>['setInputFiles']>[0];

/** Uploads `file` on the import page already open and waits for the report on `name`; returns the report. */
async function upload(page: Page, file: File, name: string) {
  await page.getByLabel('football-data.co.uk CSV file').setInputFiles(file);
  await page.getByRole('button', { name: 'Upload' }).click();
  const report = page.getByRole('region', { name: `Imported ${name}` });
  await expect(report).toBeVisible({ timeout: 30_000 });
  return report;
}

/** Uploads the Premier League 2023-24 season on the import page already open; returns its report. */
export const uploadSeason = (page: Page) => upload(page, SEASON, 'E0_2023-24.csv');

/**
 * Founds a new organization on a phone-sized screen as `displayName` (see `signUpOnPhone`) and imports the Premier
 * League 2023-24 season into it; returns the main navigation.
 */
export async function signUpWithSeason(page: Page, name: string, displayName: string) {
  const nav = await signUpOnPhone(page, name, displayName);
  await nav.getByRole('link', { name: 'Import data' }).click();
  await uploadSeason(page);
  return nav;
}

/** Uploads `csv` as the file `name` on the import page already open; returns its report. */
export const uploadCsv = (page: Page, name: string, csv: string) =>
  upload(page, { name, mimeType: 'text/csv', buffer: Buffer.from(csv) }, name);
