import { expect, test } from '@playwright/test';
import { openConfirmationLink, signUpThroughForm, uniqueEmail } from './accounts';
import { expectAccessibleAndNarrow } from './checks';

// The founder (an Admin) of a fresh organization fills in its billing details for the first time (the API's
// 404 is the empty form): a French business whose VAT number VIES has not confirmed yet is taxed like a
// consumer, at the French rate via OSS (the seller is German). A number with wrong check digits is refused at
// its field. On a desktop, then on a phone-sized screen.

// The browser's zone is the form's default time zone: pin it.
test.use({ timezoneId: 'Europe/Paris' });

test('an Admin saves a French business’s billing details and sees how VAT applies', async ({ page }) => {
  const email = uniqueEmail('billing');
  await page.goto('/register');
  await signUpThroughForm(page, { email, displayName: 'Billing Admin', organizationName: 'Machines SARL' });
  await openConfirmationLink(page, email);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Billing details' }).click();
  await expect(page).toHaveURL(/\/billing\/details$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Billing details' })).toBeVisible();
  await expect(page.getByLabel('Legal name', { exact: true })).toHaveValue('');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: /^Time zone/ })).toHaveValue('Europe/Paris');
  await expectAccessibleAndNarrow(page);

  await page.getByLabel('Legal name', { exact: true }).fill('Machines Analytiques SARL');
  await page.getByLabel('Billing e-mail', { exact: true }).fill(email);
  await page.getByLabel('Address line 1', { exact: true }).fill('1 rue de la Paix');
  await page.getByLabel('City', { exact: true }).fill('Paris');
  await page.getByLabel('Postal code (optional)', { exact: true }).fill('75002');
  await page.getByLabel('Country', { exact: true }).fill('fr');
  await page.getByRole('checkbox', { name: 'We buy as a business' }).check();
  await page.getByLabel('VAT number (optional)', { exact: true }).fill('FR 11 123 456 782');
  await page.getByRole('combobox', { name: /^Currency/ }).selectOption('EUR');
  await page.getByRole('button', { name: 'Save billing details' }).click();

  await expect(page.getByRole('status')).toHaveText('Billing details saved.');
  const panel = page.getByRole('region', { name: 'How VAT applies' });
  await expect(panel).toContainText('Taxed at your country’s rate via OSS');
  await expect(panel.locator('dt:text-is("VAT rate") + dd')).toHaveText('20 %');
  await expect(panel.locator('dt:text-is("VAT number") + dd')).toContainText(
    'Unchecked: awaiting confirmation from VIES; until then you are taxed like a consumer.',
  );
  await expect(panel.getByRole('list', { name: 'Evidence of your country' })).toContainText(
    'FR, from the billing address',
  );
  // The API normalised the number; the form shows what it stored.
  await expect(page.getByLabel('VAT number (optional)', { exact: true })).toHaveValue('FR11123456782');
  await expect(page.getByLabel('Country', { exact: true })).toHaveValue('FR');
  await expectAccessibleAndNarrow(page);

  const vat = page.getByLabel('VAT number (optional)', { exact: true });
  await vat.fill('FR12123456782');
  await page.getByRole('button', { name: 'Save billing details' }).click();
  await expect(vat).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.field').filter({ has: vat }).locator('.field-error')).not.toBeEmpty();
  await expect(panel.locator('dt:text-is("VAT number") + dd')).toContainText('Unchecked');

  await page.setViewportSize({ width: 375, height: 812 });
  await expect(panel).toBeVisible();
  await expectAccessibleAndNarrow(page);
});
