import { screen, within } from '@testing-library/react';
import { admin, member, signIn } from '../../test/fixtures';
import { http } from '../../test/http';
import { meHandler, mockApi, mockDashboardApi } from '../../test/mock-api';
import { problem } from '../../test/problem';
import { renderApp } from '../../test/render';
import type { CreditBalance, CreditGrant, CreditLedgerEntry } from './api/use-credits';
import { NO_CREDITS } from './components/credits/credit-balances';

const WALLET = '/api/v1/billing/credits';
const GRANTS = '/api/v1/billing/credits/grants';
const LEDGER = '/api/v1/billing/credits/ledger';
const INVOICE_ID = '0193c1e2-0000-7000-8000-000000000011';

const euros: CreditBalance = {
  currency: 'EUR',
  available: 20,
  liveGrants: 1,
  nextExpiryAt: null,
  expiringNext: 0,
};
const dollars: CreditBalance = {
  currency: 'USD',
  available: 15,
  liveGrants: 2,
  nextExpiryAt: '2027-01-01T00:00:00Z',
  expiringNext: 5,
};

/** A promotion that never expires, still whole. */
const promotion: CreditGrant = {
  id: '0193c1e2-0000-7000-8000-0000000000a1',
  currency: 'EUR',
  amount: 20,
  remaining: 20,
  grantedAt: '2026-12-05T10:00:00Z',
  expiresAt: null,
  source: 'Promotion',
  reason: 'Welcome to the yearly plan',
  transferredFromGrantId: null,
};
/** A goodwill grant spent on an invoice. */
const goodwill: CreditGrant = {
  ...promotion,
  id: '0193c1e2-0000-7000-8000-0000000000a2',
  amount: 25,
  remaining: 0,
  grantedAt: '2026-09-26T10:00:00Z',
  expiresAt: '2027-10-01T00:00:00Z',
  source: 'Goodwill',
  reason: 'Outage of the odds feed',
};

const granted = (grant: CreditGrant, id: string): CreditLedgerEntry => ({
  id,
  grantId: grant.id,
  kind: 'Grant',
  currency: grant.currency,
  amount: grant.amount,
  remainingAfter: grant.amount,
  invoiceId: null,
  creditNoteId: null,
  counterpartGrantId: null,
  occurredAt: grant.grantedAt,
});
const ledger: CreditLedgerEntry[] = [
  granted(promotion, '0193c1e2-0000-7000-8000-0000000000b3'),
  {
    ...granted(goodwill, '0193c1e2-0000-7000-8000-0000000000b2'),
    kind: 'Consume',
    amount: -25,
    remainingAfter: 0,
    invoiceId: INVOICE_ID,
    occurredAt: '2026-10-01T01:00:00Z',
  },
  granted(goodwill, '0193c1e2-0000-7000-8000-0000000000b1'),
];

/** One page of `items`, as the API answers `page` and `pageSize`. */
const pageOf = <T,>(items: T[], pageParam: string | null, pageSizeParam: string | null) => {
  const page = Number(pageParam ?? 1);
  const pageSize = Number(pageSizeParam ?? 25);
  return {
    items: items.slice((page - 1) * pageSize, page * pageSize),
    page,
    pageSize,
    totalCount: items.length,
  };
};

/** The wallet, the grants (live only when asked) and the ledger (of one grant when asked). */
function creditsApi({ balances = [euros, dollars], grants = [promotion, goodwill], entries = ledger } = {}) {
  return mockApi(
    meHandler(admin),
    http.get(WALLET, ({ response }) => response(200).json({ balances })),
    http.get(GRANTS, ({ query, response }) => {
      const live = query.get('liveOnly') === 'true';
      return response(200).json(
        pageOf(
          live ? grants.filter((g) => g.remaining > 0) : grants,
          query.get('page'),
          query.get('pageSize'),
        ),
      );
    }),
    http.get(LEDGER, ({ query, response }) => {
      const grantId = query.get('grantId');
      return response(200).json(
        pageOf(
          grantId ? entries.filter((e) => e.grantId === grantId) : entries,
          query.get('page'),
          query.get('pageSize'),
        ),
      );
    }),
  );
}

/** A table's body rows as arrays of cell texts. */
const rows = (name: string) =>
  within(screen.getByRole('table', { name }))
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );

const lastQuery = (api: ReturnType<typeof creditsApi>, path: typeof GRANTS | typeof LEDGER) =>
  new URL(api.calls('get', path).at(-1)?.url ?? 'http://x').searchParams;

const fact = (region: HTMLElement, name: string) =>
  within(region).getByText(name, { selector: 'dt' }).nextElementSibling;

describe('credits', () => {
  beforeEach(() => {
    signIn();
  });

  it('shows a balance per currency: what is available, and what expires next', async () => {
    creditsApi();
    renderApp('/billing/credits');

    expect(await screen.findByRole('heading', { level: 1, name: 'Credits' })).toBeInTheDocument();
    const eur = await screen.findByRole('region', { name: 'EUR' });
    expect(fact(eur, 'Available')).toHaveTextContent('€20.00');
    expect(fact(eur, 'Live grants')).toHaveTextContent('1');
    expect(fact(eur, 'Next expiry')).toHaveTextContent('Never');
    expect(fact(eur, 'Expiring then')).toHaveTextContent('—');
    const usd = screen.getByRole('region', { name: 'USD' });
    expect(fact(usd, 'Available')).toHaveTextContent('$15.00');
    expect(fact(usd, 'Next expiry')).toHaveTextContent('Jan 1, 2027');
    expect(fact(usd, 'Expiring then')).toHaveTextContent('$5.00');
  });

  it('explains what credits are when the wallet is empty', async () => {
    creditsApi({ balances: [], grants: [], entries: [] });
    renderApp('/billing/credits');

    expect(await screen.findByText(NO_CREDITS)).toBeInTheDocument();
    expect(await screen.findByText('No grants yet.')).toBeInTheDocument();
    expect(await screen.findByText('No entries yet.')).toBeInTheDocument();
  });

  it('shows the API’s problem when the balances do not load', async () => {
    creditsApi();
    mockApi(http.get(WALLET, ({ response }) => response(500).json(...problem(500, 'Internal Server Error'))));
    renderApp('/billing/credits');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the balances.');
    expect(alert).toHaveTextContent('Internal Server Error');
  });

  it('lists the grants, and only the live ones through the URL and the API', async () => {
    const api = creditsApi();
    const { user, router } = renderApp('/billing/credits');

    await screen.findByRole('table', { name: 'Credit grants' });
    expect(rows('Credit grants')).toEqual([
      [
        'Dec 5, 2026',
        'Promotion',
        'Welcome to the yearly plan',
        '€20.00',
        '€20.00',
        'Never',
        expect.any(String),
      ],
      [
        'Sep 26, 2026',
        'Goodwill',
        'Outage of the odds feed',
        '€25.00',
        '€0.00',
        'Oct 1, 2027',
        expect.any(String),
      ],
    ]);
    expect(lastQuery(api, GRANTS).get('liveOnly')).toBe('false');

    await user.click(screen.getByRole('checkbox', { name: /Live only/ }));
    await vi.waitFor(() => {
      expect(rows('Credit grants')).toHaveLength(1);
    });
    expect(router.state.location.search).toBe('?liveOnly=true');
    expect(lastQuery(api, GRANTS).get('liveOnly')).toBe('true');

    await user.click(screen.getByRole('checkbox', { name: /Live only/ }));
    await vi.waitFor(() => {
      expect(rows('Credit grants')).toHaveLength(2);
    });
    expect(router.state.location.search).toBe('');
  });

  it('opens on the live grants when the URL says so', async () => {
    creditsApi();
    renderApp('/billing/credits?liveOnly=true');

    await screen.findByRole('table', { name: 'Credit grants' });
    expect(screen.getByRole('checkbox', { name: /Live only/ })).toBeChecked();
    expect(rows('Credit grants').map((r) => r[1])).toEqual(['Promotion']);
  });

  it('lists the ledger with signed amounts and links to the invoices credits paid', async () => {
    creditsApi();
    renderApp('/billing/credits');

    await screen.findByRole('table', { name: 'Credit ledger' });
    expect(rows('Credit ledger')).toEqual([
      ['Dec 5, 2026', 'Granted', '+€20.00', '€20.00', '—'],
      ['Oct 1, 2026', 'Paid an invoice', '-€25.00', '€0.00', 'Invoice of the entry of Oct 1, 2026'],
      ['Sep 26, 2026', 'Granted', '+€25.00', '€25.00', '—'],
    ]);
    expect(screen.getByRole('link', { name: 'Invoice of the entry of Oct 1, 2026' })).toHaveAttribute(
      'href',
      `/billing/invoices/${INVOICE_ID}`,
    );
  });

  it('shows a grant’s history through the URL, and every grant’s again', async () => {
    const api = creditsApi();
    const { user, router } = renderApp('/billing/credits');
    await screen.findByRole('table', { name: 'Credit ledger' });

    await user.click(screen.getByRole('button', { name: 'History of the Goodwill grant of Sep 26, 2026' }));
    await vi.waitFor(() => {
      expect(rows('Credit ledger')).toHaveLength(2);
    });
    expect(router.state.location.search).toBe(`?grantId=${goodwill.id}`);
    expect(lastQuery(api, LEDGER).get('grantId')).toBe(goodwill.id);
    expect(screen.getByText('Showing the history of the Goodwill grant of Sep 26, 2026.')).toHaveAttribute(
      'role',
      'status',
    );

    await user.click(screen.getByRole('button', { name: 'Show every grant' }));
    await vi.waitFor(() => {
      expect(rows('Credit ledger')).toHaveLength(3);
    });
    expect(router.state.location.search).toBe('');
    expect(lastQuery(api, LEDGER).get('grantId')).toBeNull();
  });

  it('turns the grants’ pages through the URL, and back to the first when filtered', async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({
      ...promotion,
      id: `0193c1e2-0000-7000-8000-1${String(i).padStart(11, '0')}`,
    }));
    const api = creditsApi({ grants: many });
    const { user, router } = renderApp('/billing/credits');

    const pager = await screen.findByRole('navigation', { name: 'Grants pages' });
    expect(within(pager).getByText('Page 1 of 2 (30 total)')).toBeInTheDocument();
    await user.click(within(pager).getByRole('button', { name: 'Next' }));
    expect(await within(pager).findByText('Page 2 of 2 (30 total)')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?grantsPage=2');
    expect(lastQuery(api, GRANTS).get('page')).toBe('2');
    expect(screen.getByRole('navigation', { name: 'Ledger pages' })).toHaveTextContent('Page 1 of 1');

    await user.click(screen.getByRole('checkbox', { name: /Live only/ }));
    expect(await within(pager).findByText('Page 1 of 2 (30 total)')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?liveOnly=true');
  });

  it('shows the nav entry to Admins', async () => {
    mockDashboardApi(admin);
    renderApp('/');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Credits' })).toHaveAttribute(
      'href',
      '/billing/credits',
    );
  });

  it('is for Admins only: no nav entry and no request for a Member', async () => {
    const api = mockDashboardApi(member);
    renderApp('/billing/credits');
    expect(await screen.findByRole('heading', { name: 'Not allowed' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).queryByRole('link', { name: 'Credits' })).not.toBeInTheDocument();
    expect(api.calls('get', WALLET)).toHaveLength(0);
  });
});
