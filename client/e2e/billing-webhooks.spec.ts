import { expect, test, type Page } from '@playwright/test';
import { DEMO_ADMIN, signIn } from './accounts';
import { expectAccessibleAndNarrow } from './checks';

// The demo Admin registers a webhook endpoint, sees its secret once, edits it, rotates its secret, reads its delivery
// log and deletes it; then reads the credit notes. The demo organization has no endpoint and no credit note. On a
// desktop, then on a phone-sized screen.

const URL = 'https://hooks.example.com/cleanplatform';
const EDITED = 'https://hooks.example.com/cleanplatform/billing';
const NO_DELIVERIES = 'Nothing posted to this endpoint yet: events appear here as they are sent.';

/** The dialog showing a secret once: a `whsec_…` value to copy, and the warning that it won't be shown again. */
async function expectSecretOnce(page: Page, title: string) {
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog.getByRole('textbox', { name: 'Signing secret' })).toHaveValue(/^whsec_\S+$/);
  await expect(dialog).toContainText('won’t be shown again');
  await expectAccessibleAndNarrow(page);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator('input[value^="whsec_"]')).toHaveCount(0);
}

test('an Admin adds a webhook endpoint, edits it, rotates its secret, reads its log and deletes it', async ({
  page,
}) => {
  await signIn(page, DEMO_ADMIN.email, DEMO_ADMIN.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Webhooks' }).click();
  await expect(page).toHaveURL(/\/billing\/webhooks$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Webhooks' })).toBeVisible();
  await expect(page.getByText('No endpoints yet. Add one above.')).toBeVisible();
  await expectAccessibleAndNarrow(page);

  // Plain http to another machine: the API refuses it, and says so at the URL field.
  const url = page.getByLabel('URL', { exact: true });
  await url.fill('http://hooks.example.com/cleanplatform');
  await page.getByRole('button', { name: 'Add endpoint' }).click();
  await expect(url).toHaveAttribute('aria-invalid', 'true');
  await expect(url).toHaveAccessibleDescription(/must be absolute https/);
  await expectAccessibleAndNarrow(page);

  await url.fill(URL);
  await page.getByLabel('Description (optional)').fill('Accounting sync');
  await page.getByRole('checkbox', { name: 'invoice.paid' }).check();
  await page.getByRole('checkbox', { name: 'subscription.updated' }).check();
  await page.getByRole('button', { name: 'Add endpoint' }).click();
  await expectSecretOnce(page, 'Endpoint added');
  const row = page.getByRole('row', { name: new RegExp(URL) });
  await expect(row).toContainText('invoice.paid, subscription.updated');
  await expect(row).toContainText('Enabled');
  await expectAccessibleAndNarrow(page);

  await page.getByRole('button', { name: `Edit ${URL}` }).click();
  const edit = page.getByRole('dialog', { name: 'Edit endpoint' });
  await edit.getByLabel('URL', { exact: true }).fill(EDITED);
  await edit.getByRole('checkbox', { name: 'subscription.updated' }).uncheck();
  await edit.getByRole('checkbox', { name: /Enabled/ }).uncheck();
  await expectAccessibleAndNarrow(page);
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText(`Endpoint ${EDITED} saved.`);
  const edited = page.getByRole('row', { name: new RegExp(EDITED) });
  await expect(edited).toContainText('Disabled');
  await expect(edited).not.toContainText('subscription.updated');

  await page.getByRole('button', { name: `Rotate secret of ${EDITED}` }).click();
  await page
    .getByRole('group', { name: `Confirm rotating the secret of ${EDITED}` })
    .getByRole('button', {
      name: 'Yes, rotate',
    })
    .click();
  await expect(page.getByRole('dialog', { name: 'New signing secret' })).toContainText('valid for 24 hours');
  await expectSecretOnce(page, 'New signing secret');
  await expect(edited).toContainText('Previous secret valid until');

  await page.getByRole('link', { name: `Deliveries to ${EDITED}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Delivery log' })).toBeVisible();
  await expect(page.getByText(EDITED, { exact: true })).toBeVisible();
  // Nothing happened to the demo organization's billing since the endpoint was made, unless a job just ran.
  await expect(
    page.getByText(NO_DELIVERIES).or(page.getByRole('table', { name: 'Deliveries' })),
  ).toBeVisible();
  await expectAccessibleAndNarrow(page);

  await page.setViewportSize({ width: 375, height: 812 });
  await expectAccessibleAndNarrow(page);
  await page.getByRole('link', { name: 'Back to the webhooks' }).click();
  await expect(edited).toBeVisible();
  await expectAccessibleAndNarrow(page);

  await page.getByRole('button', { name: `Delete ${EDITED}` }).click();
  await page
    .getByRole('group', { name: `Confirm deleting ${EDITED}` })
    .getByRole('button', {
      name: 'Yes, delete',
    })
    .click();
  await expect(page.getByRole('status')).toHaveText(`Endpoint ${EDITED} deleted.`);
  await expect(page.getByText('No endpoints yet. Add one above.')).toBeVisible();
  await expectAccessibleAndNarrow(page);
});

test('an Admin on a 375 px screen reads the credit notes', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await signIn(page, DEMO_ADMIN.email, DEMO_ADMIN.password);
  await page.goto('/billing/credit-notes');
  await expect(page.getByRole('heading', { level: 1, name: 'Credit notes' })).toBeVisible();
  await expect(page.getByText('No credit notes.')).toBeVisible();
  await expectAccessibleAndNarrow(page);
});
