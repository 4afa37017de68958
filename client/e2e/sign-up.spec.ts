import { expect, test } from '@playwright/test';
import { openConfirmationLink, signUpThroughForm, uniqueEmail } from './accounts';
import { expectAccessibleAndNarrow } from './checks';
import { confirmationLink } from './mailbox';

// The pages of a sign-up on a phone-sized screen: the "Check your inbox" panel, and the confirmation
// page when its link is cut short or has already been used.

test('a visitor on a 375 px screen signs up through the e-mailed link, which works once', async ({
  page,
}) => {
  const email = uniqueEmail('narrow');
  await page.setViewportSize({ width: 375, height: 812 });

  await page.goto('/register');
  await signUpThroughForm(page, { email, displayName: 'Narrow Screen' });
  await expect(page.getByText('The link works for 24 hours')).toBeVisible();
  await expectAccessibleAndNarrow(page);

  const link = await confirmationLink(email);
  await openConfirmationLink(page, email);
  await expect(page.getByRole('region', { name: 'Narrow Screen' })).toContainText(email);

  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'This link no longer works' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign up again' })).toBeVisible();
  await expectAccessibleAndNarrow(page);

  await page.goto('/register/confirm');
  await expect(page.getByRole('heading', { name: 'This link is incomplete' })).toBeVisible();
  await expectAccessibleAndNarrow(page);
});
