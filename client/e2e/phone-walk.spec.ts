import { expect, test } from '@playwright/test';
import { DEMO_ADMIN, signIn } from './accounts';
import { expectAccessibleAndNarrow } from './checks';

// The demo admin walks every page of the main navigation on a phone (375 px): each one loads its data, has no axe
// violation and never scrolls sideways. The demo data (build/test.sh seeds it) gives every page real numbers.

const PAGES = [
  { link: 'Dashboard', path: '/' },
  { link: 'Opportunities', path: '/betting/opportunities' },
  { link: 'Bets', path: '/betting/bets' },
  { link: 'Analytics', path: '/betting/analytics' },
  { link: 'Import data', path: '/betting/import' },
  { link: 'Studies', path: '/betting/studies' },
  { link: 'Betting settings', path: '/betting/settings' },
  { link: 'Alerts', path: '/betting/alerts' },
  { link: 'Notifications', path: '/notifications' },
  { link: 'API keys', path: '/api-keys' },
  { link: 'Account', path: '/account' },
  { link: 'Members', path: '/admin/members' },
  { link: 'Users', path: '/admin/users' },
  { link: 'Audit log', path: '/admin/audit' },
  { link: 'Subscription', path: '/billing/subscription' },
];

test('every main page works on a phone', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 375, height: 812 });
  await signIn(page, DEMO_ADMIN.email, DEMO_ADMIN.password);
  const nav = page.getByRole('navigation', { name: 'Main' });

  for (const { link, path } of PAGES) {
    await test.step(link, async () => {
      await nav.getByRole('link', { name: link, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${path === '/' ? '/$' : path}(\\?.*)?$`));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('.spinner'), `${link} finishes loading`).toHaveCount(0, { timeout: 30_000 });
      await expect(page.getByRole('alert'), `${link} shows no error`).toHaveCount(0);
      await expectAccessibleAndNarrow(page);
    });
  }

  await nav.getByRole('link', { name: 'Bets', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Bets' }).getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByLabel('Profit and loss').locator('dt:text-is("Settled bets") + dd')).not.toHaveText(
    '0',
  );
});
