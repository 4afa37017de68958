import { screen, within } from '@testing-library/react';
import { admin, member, signIn } from '../../test/fixtures';
import { http } from '../../test/http';
import { meHandler, mockApi } from '../../test/mock-api';
import { problem, validationProblem } from '../../test/problem';
import { renderApp } from '../../test/render';
import type { BillingCustomer } from './api/billing-customer-form';
import type { PlanCatalogue } from './api/use-plans';
import type { PlanChangePreview, Subscription } from './api/use-subscription';

const SUBSCRIPTION = '/api/v1/billing/subscription';
const PREVIEW = '/api/v1/billing/subscription/preview';
const CHANGE = '/api/v1/billing/subscription/change';
const CANCEL = '/api/v1/billing/subscription/cancel';
const RESUME = '/api/v1/billing/subscription/resume';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

type Price = PlanCatalogue['plans'][number]['prices'][number];

let ids = 0;
const price = (interval: Price['interval'], amount: number): Price => ({
  id: `00000000-0000-0000-0000-${String(++ids).padStart(12, '0')}`,
  interval,
  amount: { amount, currency: 'EUR' },
  revision: 1,
  activeFrom: '2026-11-01T00:00:00Z',
  retiredAt: null,
});

/** The seeded plans, in EUR only. */
const catalogue: PlanCatalogue = {
  currencies: ['EUR'],
  plans: [
    {
      code: 'Free',
      name: 'Free',
      description: 'To try the platform.',
      trialDays: 0,
      requestsPerMinute: 60,
      monthlyQuota: 10_000,
      prices: [price('Monthly', 0), price('Yearly', 0)],
    },
    {
      code: 'Pro',
      name: 'Pro',
      description: 'For a team that runs its daily work on the platform.',
      trialDays: 14,
      requestsPerMinute: 600,
      monthlyQuota: 1_000_000,
      prices: [price('Monthly', 29), price('Yearly', 290)],
    },
    {
      code: 'Enterprise',
      name: 'Enterprise',
      description: 'For heavy use of the API.',
      trialDays: 14,
      requestsPerMinute: 6_000,
      monthlyQuota: 100_000_000,
      prices: [price('Monthly', 99), price('Yearly', 990)],
    },
  ],
};

/** An active monthly Pro subscription, counted in UTC. */
const pro: Subscription = {
  id: '55555555-5555-5555-5555-555555555555',
  status: 'Active',
  planCode: 'Pro',
  interval: 'Monthly',
  price: { amount: 29, currency: 'EUR' },
  periodStart: '2026-12-01T00:00:00Z',
  periodEnd: '2027-01-01T00:00:00Z',
  trialEndsAt: null,
  cancelAtPeriodEnd: false,
  canceledAt: null,
  timeZone: 'UTC',
  createdAt: '2026-01-01T00:00:00Z',
  version: 7,
};

const customer: BillingCustomer = {
  id: '44444444-4444-4444-4444-444444444444',
  legalName: 'Analytical Engines GmbH',
  email: 'billing@example.test',
  address: { line1: 'Hauptstraße 1', line2: null, city: 'Berlin', postalCode: '10115', country: 'DE' },
  isBusiness: true,
  vatNumber: null,
  vatNumberStatus: 'None',
  vatNumberCheckedAt: null,
  timeZone: 'UTC',
  currency: 'EUR',
  evidence: [],
  vat: { case: 'DomesticBusiness', rate: 19, category: 'S', mention: null },
  version: 1,
  updatedAt: '2026-12-01T10:00:00Z',
};

/** Enterprise now, on the 16th of a 31-day month: 16 days of Pro back, 16 days of Enterprise charged. */
const upgrade: PlanChangePreview = {
  timing: 'ImmediateWithProration',
  effectiveAt: '2026-12-16T00:00:00Z',
  planCode: 'Enterprise',
  interval: 'Monthly',
  price: { amount: 99, currency: 'EUR' },
  lines: [
    {
      description: 'Unused time on Pro (monthly) after Dec 16, 2026',
      amount: { amount: -14.97, currency: 'EUR' },
    },
    {
      description: 'Remaining time on Enterprise (monthly) after Dec 16, 2026',
      amount: { amount: 51.1, currency: 'EUR' },
    },
  ],
  net: { amount: 36.13, currency: 'EUR' },
  vatRate: 19,
  vat: { amount: 6.86, currency: 'EUR' },
  total: { amount: 42.99, currency: 'EUR' },
};

const INVOICE_ID = '0193c1e2-0000-7000-8000-000000000099';

const plansHandler = http.get('/api/v1/billing/plans', ({ response }) => response(200).json(catalogue));
const customerHandler = (body: BillingCustomer | null = customer) =>
  http.get('/api/v1/billing/customer', ({ response }) =>
    body
      ? response(200).json(body)
      : response(404).json(...problem(404, 'Not Found', { detail: 'No billing details were saved yet.' })),
  );
const notSubscribed = http.get(SUBSCRIPTION, ({ response }) =>
  response(404).json(...problem(404, 'Not Found', { detail: 'Your organization has no subscription.' })),
);
const subscribed = (subscription: Subscription = pro) =>
  http.get(SUBSCRIPTION, ({ response }) => response(200).json(subscription));

const main = () => screen.getByRole('main');
const current = () => screen.getByRole('region', { name: 'Current plan' });
const fact = (region: HTMLElement, label: string) => within(region).getByText(label).nextElementSibling;
const body = async (request: Request | undefined) => (await request?.json()) as unknown;

describe('subscription page', () => {
  beforeEach(() => {
    signIn();
  });

  it('is the Free plan without a subscription, and subscribes to a plan’s trial in the interval chosen', async () => {
    const api = mockApi(
      meHandler(admin),
      plansHandler,
      customerHandler(),
      notSubscribed,
      http.post(SUBSCRIPTION, ({ response }) =>
        response(201).json({
          ...pro,
          status: 'Trialing',
          interval: 'Yearly',
          price: { amount: 290, currency: 'EUR' },
          periodEnd: '2026-12-15T00:00:00Z',
          trialEndsAt: '2026-12-15T00:00:00Z',
          version: 1,
        }),
      ),
    );
    const { user } = renderApp('/billing/subscription');

    expect(await screen.findByRole('heading', { level: 1, name: 'Subscription' })).toBeVisible();
    expect(await within(main()).findByText('You are on the Free plan.')).toBeVisible();
    expect(await screen.findByRole('region', { name: 'Free' })).toHaveTextContent('Current plan');
    expect(screen.queryByRole('region', { name: 'Cancel' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Yearly' }));
    await user.click(screen.getByRole('button', { name: 'Start 14-day trial (Pro, yearly)' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Subscribed to Pro, yearly: your trial runs until Dec 15, 2026.',
    );
    const [post] = api.calls('post', SUBSCRIPTION);
    expect(await body(post)).toEqual({ planCode: 'Pro', interval: 'Yearly' });
    expect(post?.headers.get('Idempotency-Key')).toMatch(UUID);
    expect(fact(current(), 'Status')).toHaveTextContent('Trial until Dec 15, 2026');
    expect(screen.getByRole('region', { name: 'Pro' })).toHaveTextContent('Current plan');
  });

  it('asks for the billing details first, with a link to them, when none are saved', async () => {
    const api = mockApi(meHandler(admin), plansHandler, customerHandler(null), notSubscribed);
    renderApp('/billing/subscription');

    const link = await screen.findByRole('link', { name: 'billing details' });
    expect(link).toHaveAttribute('href', '/billing/details');
    expect(within(main()).queryByRole('button')).not.toBeInTheDocument();
    expect(api.calls('post', SUBSCRIPTION)).toHaveLength(0);
  });

  it('links to the billing details when subscribing finds none', async () => {
    mockApi(
      meHandler(admin),
      plansHandler,
      customerHandler(),
      notSubscribed,
      http.post(SUBSCRIPTION, ({ response }) =>
        response(409).json(
          ...problem(409, 'Conflict', {
            code: 'billing_customer.missing',
            detail: 'Save your billing details before you subscribe.',
          }),
        ),
      ),
    );
    const { user } = renderApp('/billing/subscription');

    await user.click(await screen.findByRole('button', { name: 'Start 14-day trial (Enterprise, monthly)' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Save your billing details before you subscribe.',
    );
    expect(screen.getByRole('link', { name: 'billing details' })).toHaveAttribute('href', '/billing/details');
  });

  it('shows a live subscription: plan, price, status, period and the change waiting for the period’s end', async () => {
    const api = mockApi(
      meHandler(admin),
      plansHandler,
      subscribed({
        ...pro,
        pendingChange: {
          planCode: 'Enterprise',
          interval: 'Yearly',
          price: { amount: 990, currency: 'EUR' },
          effectiveAt: '2027-01-01T00:00:00Z',
        },
      }),
      http.post(CHANGE, ({ response }) =>
        response(200).json({ subscription: pro, timing: 'AtPeriodEnd', effectiveAt: '2027-01-01T00:00:00Z' }),
      ),
    );
    const { user } = renderApp('/billing/subscription');

    expect(await screen.findByText('Pro, monthly')).toBeVisible();
    expect(fact(current(), 'Price')).toHaveTextContent('€29.00 per month, VAT excluded');
    expect(fact(current(), 'Status')).toHaveTextContent('Active');
    expect(fact(current(), 'Current period')).toHaveTextContent('Dec 1, 2026 – Jan 1, 2027');
    expect(current()).toHaveTextContent('Moves to Enterprise, yearly on Jan 1, 2027 (€990.00 per year).');
    expect(api.calls('get', '/api/v1/billing/customer')).toHaveLength(0);

    const proCard = screen.getByRole('region', { name: 'Pro' });
    expect(proCard).toHaveTextContent('Current plan');
    expect(within(proCard).queryByRole('button', { name: /^Change/ })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Free' })).toHaveTextContent(
      'Cancel at the end of the period to return to Free.',
    );
    expect(
      within(screen.getByRole('region', { name: 'Free' })).queryByRole('button'),
    ).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Yearly' }));
    expect(screen.getByRole('region', { name: 'Enterprise' })).toHaveTextContent('Starts on Jan 1, 2027');
    await user.click(screen.getByRole('radio', { name: 'Monthly' }));

    await user.click(within(proCard).getByRole('button', { name: 'Keep Pro (monthly)' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'The change waiting for the period’s end is dropped: you stay on Pro, monthly.',
    );
    expect(await body(api.calls('post', CHANGE)[0])).toEqual({
      planCode: 'Pro',
      interval: 'Monthly',
      version: 7,
    });
    expect(current()).not.toHaveTextContent('Moves to');
  });

  it('previews an upgrade before confirming it, then confirms it at the version read with an Idempotency-Key', async () => {
    const api = mockApi(
      meHandler(admin),
      plansHandler,
      subscribed(),
      http.get(PREVIEW, ({ response }) => response(200).json(upgrade)),
      http.post(CHANGE, ({ response }) =>
        response(200).json({
          subscription: {
            ...pro,
            planCode: 'Enterprise',
            price: { amount: 99, currency: 'EUR' },
            version: 8,
          },
          timing: 'ImmediateWithProration',
          effectiveAt: '2026-12-16T00:00:00Z',
          invoiceId: INVOICE_ID,
        }),
      ),
    );
    const { user } = renderApp('/billing/subscription');

    await user.click(
      await screen.findByRole('button', { name: 'Change to this plan (Enterprise, monthly)' }),
    );

    const preview = await screen.findByRole('region', { name: 'Change preview' });
    expect(await within(preview).findByText(/^Applies now/)).toBeVisible();
    const query = new URL(api.calls('get', PREVIEW)[0]?.url ?? '').searchParams;
    expect(Object.fromEntries(query)).toEqual({ planCode: 'Enterprise', interval: 'Monthly' });
    const rows = within(within(preview).getByRole('table', { name: 'Charges' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      'Unused time on Pro (monthly) after Dec 16, 2026-€14.97',
      'Remaining time on Enterprise (monthly) after Dec 16, 2026€51.10',
    ]);
    expect(fact(preview, 'Net')).toHaveTextContent('€36.13');
    expect(fact(preview, 'VAT (19 %)')).toHaveTextContent('€6.86');
    expect(fact(preview, 'Total due now')).toHaveTextContent('€42.99');
    expect(api.calls('post', CHANGE)).toHaveLength(0);

    await user.click(within(preview).getByRole('button', { name: 'Confirm change' }));

    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('You are now on Enterprise, monthly.');
    expect(within(status).getByRole('link', { name: 'View the invoice' })).toHaveAttribute(
      'href',
      `/billing/invoices/${INVOICE_ID}`,
    );
    const [post] = api.calls('post', CHANGE);
    expect(await body(post)).toEqual({ planCode: 'Enterprise', interval: 'Monthly', version: 7 });
    expect(post?.headers.get('Idempotency-Key')).toMatch(UUID);
    expect(screen.queryByRole('region', { name: 'Change preview' })).not.toBeInTheDocument();
    expect(fact(current(), 'Plan')).toHaveTextContent('Enterprise, monthly');
    expect(screen.getByRole('region', { name: 'Enterprise' })).toHaveTextContent('Current plan');
  });

  it('says a change waits for the period’s end, and shows the API’s field errors of a preview', async () => {
    mockApi(
      meHandler(admin),
      plansHandler,
      subscribed({ ...pro, interval: 'Yearly', price: { amount: 290, currency: 'EUR' } }),
      http.get(PREVIEW, ({ query, response }) =>
        query.get('planCode') === 'Pro'
          ? response(200).json({
              ...upgrade,
              timing: 'AtPeriodEnd',
              effectiveAt: '2027-01-01T00:00:00Z',
              planCode: 'Pro',
              price: { amount: 29, currency: 'EUR' },
              lines: [],
              net: { amount: 0, currency: 'EUR' },
              vat: { amount: 0, currency: 'EUR' },
              total: { amount: 0, currency: 'EUR' },
            })
          : response(400).json(...validationProblem({ planCode: ['The plan has no price in EUR.'] })),
      ),
    );
    const { user } = renderApp('/billing/subscription');

    await user.click(await screen.findByRole('radio', { name: 'Monthly' }));
    await user.click(screen.getByRole('button', { name: 'Change to this plan (Pro, monthly)' }));
    const preview = await screen.findByRole('region', { name: 'Change preview' });
    expect(
      await within(preview).findByText(
        'Applies on Jan 1, 2027, at the end of the period: nothing is billed now.',
      ),
    ).toBeVisible();
    expect(within(preview).queryByRole('table')).not.toBeInTheDocument();
    expect(fact(preview, 'Total due now')).toHaveTextContent('€0.00');

    await user.click(screen.getByRole('button', { name: 'Change to this plan (Enterprise, monthly)' }));
    const alert = await within(screen.getByRole('region', { name: 'Change preview' })).findByRole('alert');
    expect(alert).toHaveTextContent('Could not preview this change.');
    expect(alert).toHaveTextContent('planCode: The plan has no price in EUR.');
    expect(screen.getByRole('button', { name: 'Confirm change' })).toBeDisabled();
  });

  it('says the subscription changed on a 409, and reloads it', async () => {
    let reads = 0;
    const api = mockApi(
      meHandler(admin),
      plansHandler,
      http.get(SUBSCRIPTION, ({ response }) =>
        response(200).json(reads++ === 0 ? pro : { ...pro, version: 8 }),
      ),
      http.get(PREVIEW, ({ response }) => response(200).json(upgrade)),
      http.post(CHANGE, ({ response }) =>
        response(409).json(
          ...problem(409, 'Conflict', {
            code: 'subscription.version_mismatch',
            detail: 'The subscription changed since you read it.',
          }),
        ),
      ),
    );
    const { user } = renderApp('/billing/subscription');

    await user.click(
      await screen.findByRole('button', { name: 'Change to this plan (Enterprise, monthly)' }),
    );
    const preview = await screen.findByRole('region', { name: 'Change preview' });
    await within(preview).findByRole('table', { name: 'Charges' });
    await user.click(within(preview).getByRole('button', { name: 'Confirm change' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The subscription changed since you loaded it.',
    );
    await vi.waitFor(() => {
      expect(api.calls('get', SUBSCRIPTION)).toHaveLength(2);
    });
    expect(screen.queryByRole('region', { name: 'Change preview' })).not.toBeInTheDocument();
  });

  it('cancels at the end of the period, then resumes, each at the version read', async () => {
    const api = mockApi(
      meHandler(admin),
      plansHandler,
      subscribed(),
      http.post(CANCEL, ({ response }) =>
        response(200).json({ ...pro, cancelAtPeriodEnd: true, version: 8 }),
      ),
      http.post(RESUME, ({ response }) => response(200).json({ ...pro, version: 9 })),
    );
    const { user } = renderApp('/billing/subscription');

    await user.click(await screen.findByRole('button', { name: 'Cancel at the end of the period' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Your subscription ends on Jan 1, 2027.');
    expect(await body(api.calls('post', CANCEL)[0])).toEqual({ atPeriodEnd: true, version: 7 });
    expect(fact(current(), 'Status')).toHaveTextContent('Ends on Jan 1, 2027');
    expect(screen.queryByRole('button', { name: 'Cancel now' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Resume' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Your subscription renews again.');
    expect(await body(api.calls('post', RESUME)[0])).toEqual({ version: 8 });
    expect(fact(current(), 'Status')).toHaveTextContent('Active');
    expect(screen.getByRole('button', { name: 'Cancel at the end of the period' })).toBeEnabled();
  });

  it('cancels now only after saying there is no refund', async () => {
    const api = mockApi(
      meHandler(admin),
      plansHandler,
      subscribed(),
      customerHandler(),
      http.post(CANCEL, ({ response }) =>
        response(200).json({ ...pro, status: 'Canceled', canceledAt: '2026-12-16T00:00:00Z', version: 8 }),
      ),
    );
    const { user } = renderApp('/billing/subscription');

    await user.click(await screen.findByRole('button', { name: 'Cancel now' }));
    const confirm = screen.getByRole('group', { name: 'Confirm cancelling now' });
    expect(confirm).toHaveTextContent('no refund');
    expect(api.calls('post', CANCEL)).toHaveLength(0);
    await user.click(within(confirm).getByRole('button', { name: 'Yes, cancel now' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Your subscription has ended: you are on the Free plan.',
    );
    expect(await body(api.calls('post', CANCEL)[0])).toEqual({ atPeriodEnd: false, version: 7 });
    expect(current()).toHaveTextContent('You are on the Free plan.');
    expect(current()).toHaveTextContent('Your subscription to Pro ended on Dec 16, 2026.');
    // A later subscription is no trial.
    expect(await screen.findByRole('button', { name: 'Subscribe (Pro, monthly)' })).toBeEnabled();
  });

  it('shows a Member the subscription and its nav entry, with no button to act', async () => {
    const api = mockApi(
      meHandler(member),
      plansHandler,
      subscribed({
        ...pro,
        status: 'Trialing',
        trialEndsAt: '2026-12-15T00:00:00Z',
        periodEnd: '2026-12-15T00:00:00Z',
      }),
    );
    renderApp('/billing/subscription');

    expect(await screen.findByText('Pro, monthly')).toBeVisible();
    expect(fact(current(), 'Status')).toHaveTextContent('Trial until Dec 15, 2026');
    expect(fact(current(), 'Trial period')).toHaveTextContent('Dec 1, 2026 – Dec 15, 2026');
    expect(
      await within(main()).findByText('Only Admins can subscribe, change the plan or cancel.'),
    ).toBeVisible();
    expect(within(main()).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Choose a plan' })).not.toBeInTheDocument();
    expect(api.calls('get', '/api/v1/billing/customer')).toHaveLength(0);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const links = within(nav)
      .getAllByRole('link')
      .map((l) => l.textContent);
    expect(links).toContain('Subscription');
    expect(links).not.toContain('Billing details');
  });

  it('lists Subscription before Billing details for Admins', async () => {
    mockApi(meHandler(admin), plansHandler, subscribed());
    renderApp('/billing/subscription');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Billing details' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Subscription' })).toHaveAttribute(
      'href',
      '/billing/subscription',
    );
    const links = within(nav)
      .getAllByRole('link')
      .map((l) => l.textContent);
    expect(links.indexOf('Subscription')).toBe(links.indexOf('Billing details') - 1);
  });
});
