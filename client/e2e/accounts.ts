import { expect, type Page } from '@playwright/test';
import { confirmationLink } from './mailbox';

export const PASSWORD = 'E2e#Passw0rd-2026';

/** The Admin of the demo data (build/test.sh seeds it). */
export const DEMO_ADMIN = { email: 'admin@cleanplatform.test', password: 'Demo#2026pass' };

/** An address no earlier run has used: `<name>-<time>-<random>@example.test`. */
export const uniqueEmail = (name: string) =>
  `${name}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.test`;

interface SignUp {
  email: string;
  displayName: string;
  organizationName?: string;
}

/**
 * Fills the sign-up form on the page already open (/register, or an invitation's link) and waits for
 * the "Check your inbox" panel; the account does not exist until its link is opened.
 */
export async function signUpThroughForm(page: Page, { email, displayName, organizationName }: SignUp) {
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Display name').fill(displayName);
  if (organizationName) await page.getByLabel('Organization name (optional)').fill(organizationName);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Check your inbox' })).toBeVisible();
  await expect(page.getByText(email, { exact: true })).toBeVisible();
}

/** Signs in as `email` on the login page and waits for the dashboard. */
export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
}

/** Opens the link the sign-up e-mailed to `email` and waits until it has signed them in. */
export async function openConfirmationLink(page: Page, email: string) {
  await page.goto(await confirmationLink(email));
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
}

/**
 * Founds a new organization on a phone-sized screen (375 × 812): signs up as `displayName` with a fresh address
 * made from `name`, opens the confirmation link, and returns the main navigation.
 */
export async function signUpOnPhone(page: Page, name: string, displayName: string) {
  const email = uniqueEmail(name);
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/register');
  await signUpThroughForm(page, { email, displayName });
  await openConfirmationLink(page, email);
  return page.getByRole('navigation', { name: 'Main' });
}
