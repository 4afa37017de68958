import { screen, within } from '@testing-library/react';
import type { ApiResult } from '../../api/types';
import { member, signIn } from '../../test/fixtures';
import { http } from '../../test/http';
import { mockApi, mockDashboardApi } from '../../test/mock-api';
import { problem } from '../../test/problem';
import { renderApp } from '../../test/render';

type Catalogue = ApiResult<'/api/v1/billing/plans', 'get'>;
type Price = Catalogue['plans'][number]['prices'][number];

let ids = 0;
const price = (interval: Price['interval'], amount: number, currency: string): Price => ({
  id: `00000000-0000-0000-0000-${String(++ids).padStart(12, '0')}`,
  interval,
  amount: { amount, currency },
  revision: 1,
  activeFrom: '2026-11-01T00:00:00Z',
  retiredAt: null,
});

/** The seeded catalogue, with the Development limits. */
const catalogue: Catalogue = {
  currencies: ['EUR', 'USD'],
  plans: [
    {
      code: 'Free',
      name: 'Free',
      description: 'To try the platform.',
      trialDays: 0,
      requestsPerMinute: 60,
      monthlyQuota: 10_000,
      prices: [
        price('Monthly', 0, 'EUR'),
        price('Yearly', 0, 'EUR'),
        price('Monthly', 0, 'USD'),
        price('Yearly', 0, 'USD'),
      ],
    },
    {
      code: 'Pro',
      name: 'Pro',
      description: 'For a team that runs its daily work on the platform.',
      trialDays: 14,
      requestsPerMinute: 600,
      monthlyQuota: 1_000_000,
      prices: [
        price('Monthly', 29, 'EUR'),
        price('Yearly', 290, 'EUR'),
        price('Monthly', 32, 'USD'),
        price('Yearly', 320, 'USD'),
      ],
    },
    {
      code: 'Enterprise',
      name: 'Enterprise',
      description: 'For heavy use of the API.',
      trialDays: 14,
      requestsPerMinute: 6_000,
      monthlyQuota: 100_000_000,
      prices: [
        price('Monthly', 99, 'EUR'),
        price('Yearly', 990, 'EUR'),
        price('Monthly', 109, 'USD'),
        price('Yearly', 1090, 'USD'),
      ],
    },
  ],
};

const plansHandler = (body: Catalogue = catalogue) =>
  http.get('/api/v1/billing/plans', ({ response }) => response(200).json(body));

const card = (name: string) => screen.getByRole('region', { name });

/** The facts of a plan's card, term → value. */
const facts = (name: string) =>
  Object.fromEntries(
    within(card(name))
      .getAllByRole('term')
      .map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
  );

describe('pricing page', () => {
  it('shows every plan in the API’s order with its monthly EUR price and limits, signed out', async () => {
    const api = mockApi(plansHandler());
    renderApp('/pricing');

    expect(await screen.findByRole('heading', { level: 1, name: 'Pricing' })).toBeInTheDocument();
    await screen.findByRole('region', { name: 'Pro' });
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Free',
      'Pro',
      'Enterprise',
    ]);

    expect(card('Free')).toHaveTextContent('Free');
    expect(card('Free')).not.toHaveTextContent('trial');
    expect(card('Pro')).toHaveTextContent('€29.00 per month');
    expect(card('Pro')).toHaveTextContent('14-day free trial');
    expect(card('Enterprise')).toHaveTextContent('€99.00 per month');
    expect(screen.queryByText(/^Save /)).not.toBeInTheDocument();

    expect(facts('Free')).toEqual({ 'Requests per minute': '60', 'Requests a month': '10,000' });
    expect(facts('Pro')).toEqual({ 'Requests per minute': '600', 'Requests a month': '1,000,000' });
    expect(facts('Enterprise')).toEqual({
      'Requests per minute': '6,000',
      'Requests a month': '100,000,000',
    });
    expect(screen.getByText('Prices exclude VAT.')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Monthly' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'EUR' })).toBeChecked();

    // One request, without credentials, carries every currency.
    const [sent] = api.calls('get', '/api/v1/billing/plans');
    expect(sent?.headers.get('Authorization')).toBeNull();
    expect(new URL(sent?.url ?? 'http://x').search).toBe('');
  });

  it('switches interval and currency, showing what a year saves', async () => {
    const api = mockApi(plansHandler());
    const { user } = renderApp('/pricing');
    await screen.findByRole('region', { name: 'Pro' });

    await user.click(
      within(screen.getByRole('group', { name: 'Billing interval' })).getByLabelText('Yearly'),
    );
    expect(card('Pro')).toHaveTextContent('€290.00 per year');
    expect(card('Pro')).toHaveTextContent('Save €58.00 a year against paying monthly (2 months free)');
    expect(card('Enterprise')).toHaveTextContent('€990.00 per year');
    expect(card('Enterprise')).toHaveTextContent('Save €198.00 a year');
    expect(card('Free')).not.toHaveTextContent('Save');

    await user.click(within(screen.getByRole('group', { name: 'Currency' })).getByLabelText('USD'));
    expect(screen.getByRole('radio', { name: 'USD' })).toBeChecked();
    expect(card('Pro')).toHaveTextContent('$320.00 per year');
    expect(card('Pro')).toHaveTextContent('Save $64.00 a year against paying monthly (2 months free)');
    expect(card('Enterprise')).toHaveTextContent('$1,090.00 per year');
    expect(card('Free')).toHaveTextContent('Free');

    await user.click(screen.getByRole('radio', { name: 'Monthly' }));
    expect(card('Pro')).toHaveTextContent('$32.00 per month');
    expect(card('Enterprise')).toHaveTextContent('$109.00 per month');
    expect(card('Pro')).not.toHaveTextContent('Save');
    expect(api.calls('get', '/api/v1/billing/plans')).toHaveLength(1);
  });

  it('opens in the first currency when there is no EUR price', async () => {
    mockApi(plansHandler({ ...catalogue, currencies: ['USD'] }));
    renderApp('/pricing');
    expect(await screen.findByRole('region', { name: 'Pro' })).toHaveTextContent('$32.00 per month');
    expect(screen.queryByRole('group', { name: 'Currency' })).not.toBeInTheDocument();
  });

  it('shows the error and loads the plans again on retry', async () => {
    let calls = 0;
    const api = mockApi(
      http.get('/api/v1/billing/plans', ({ response }) =>
        ++calls === 1
          ? response(500).json(...problem(500, 'An unexpected error occurred.'))
          : response(200).json(catalogue),
      ),
    );
    const { user } = renderApp('/pricing');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the plans.');
    expect(alert).toHaveTextContent('An unexpected error occurred.');
    expect(screen.queryByRole('region', { name: 'Pro' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: 'Pro' })).toHaveTextContent('€29.00 per month');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(api.calls('get', '/api/v1/billing/plans')).toHaveLength(2);
  });

  it('says so when no plan is on sale', async () => {
    mockApi(plansHandler({ plans: [], currencies: [] }));
    renderApp('/pricing');
    expect(await screen.findByText('No plans are on sale right now.')).toBeInTheDocument();
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
  });

  it('sends a visitor who starts a plan to sign up', async () => {
    mockApi(plansHandler());
    const { user, router } = renderApp('/pricing');
    await screen.findByRole('region', { name: 'Pro' });

    expect(within(card('Free')).getByRole('link', { name: 'Start with Free' })).toHaveAttribute(
      'href',
      '/register',
    );
    const nav = screen.getByRole('navigation', { name: 'Site' });
    expect(within(nav).getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login');

    await user.click(within(card('Pro')).getByRole('link', { name: 'Start 14-day trial with Pro' }));
    expect(await screen.findByRole('heading', { name: 'Create account' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/register');
  });

  it('sends a signed-in member to the dashboard instead, and lists the page in their navigation', async () => {
    signIn();
    mockDashboardApi(member);
    mockApi(plansHandler());
    const { user, router } = renderApp('/');

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Pricing' }));
    expect(router.state.location.pathname).toBe('/pricing');
    await screen.findByRole('region', { name: 'Pro' });

    expect(within(card('Pro')).queryByRole('link', { name: /Start/ })).not.toBeInTheDocument();
    await user.click(within(card('Pro')).getByRole('link', { name: 'Go to your dashboard' }));
    expect(await screen.findByRole('heading', { name: 'Dashboard' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });
});

describe('sign-in and sign-up pages', () => {
  it.each(['/login', '/register'])('%s links to the pricing page', async (path) => {
    mockApi(plansHandler());
    const { user, router } = renderApp(path);
    await user.click(screen.getByRole('link', { name: 'Plans and pricing' }));
    expect(await screen.findByRole('heading', { name: 'Pricing' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/pricing');
  });
});
