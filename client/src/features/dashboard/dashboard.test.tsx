import { screen, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import type { ApiResult } from '../../api/types';
import { emptyBettingSummary, member, signIn } from '../../test/fixtures';
import { http } from '../../test/http';
import { meHandler, mockApi } from '../../test/mock-api';
import { problem } from '../../test/problem';
import { renderApp } from '../../test/render';
import { urgentOpportunity } from '../../test/opportunity-fixtures';

const usage = (used: number): ApiResult<'/api/v1/identity/usage', 'get'> => ({
  plan: 'Pro',
  requestsPerMinute: 120,
  monthlyQuota: 5000,
  used,
  remaining: 5000 - used,
  periodStart: '2026-11-01T00:00:00Z',
  periodEnd: '2026-12-01T00:00:00Z',
});

const summary = {
  ...emptyBettingSummary,
  currency: 'EUR',
  performance: { ...emptyBettingSummary.performance, roi: 0.204082, meanClvRaw: 0.0763 },
  openExposure: 30,
  pendingCount: 1,
  todayProfit: -50,
  weekProfit: 90,
};

describe('dashboard', () => {
  beforeEach(() => {
    signIn();
  });

  it('shows the user and the plan usage', async () => {
    mockApi(
      meHandler(member),
      http.get('/api/v1/identity/usage', ({ response }) => response(200).json(usage(1250))),
    );
    renderApp('/');

    const profile = await screen.findByRole('region', { name: 'Ada Lovelace' });
    expect(profile).toHaveTextContent('ada@example.test');
    expect(profile).toHaveTextContent('Member');
    expect(profile).toHaveTextContent('Analytical Engines');
    expect(profile).toHaveTextContent('Pro');

    const usageCard = await screen.findByRole('region', { name: 'Plan usage' });
    expect(within(usageCard).getByTestId('usage-used')).toHaveTextContent('1250');
    expect(usageCard).toHaveTextContent('/ 5,000 requests this period');
    const bar = within(usageCard).getByRole('progressbar', { name: 'Monthly quota used' });
    expect(bar).toHaveAttribute('value', '1250');
    expect(bar).toHaveAttribute('max', '5000');
    expect(usageCard).toHaveTextContent('Requests per minute120');
    expect(usageCard).toHaveTextContent('Dec 1, 2026');
  });

  it('shows the betting figures of the summary', async () => {
    mockApi(
      meHandler(member),
      http.get('/api/v1/identity/usage', ({ response }) => response(200).json(usage(0))),
      http.get('/api/v1/betting/analytics/summary', ({ response }) => response(200).json(summary)),
    );
    renderApp('/');

    const card = await screen.findByRole('region', { name: 'Betting' });
    expect(card).toHaveTextContent('Profit today-50.00 EUR');
    expect(card).toHaveTextContent('Profit this week90.00 EUR');
    expect(card).toHaveTextContent('ROI20.41%');
    expect(card).toHaveTextContent('Average CLV (raw)7.63%');
    expect(card).toHaveTextContent('Open exposure30.00 EUR on 1 bets');
  });

  it('shows the urgent opportunities: their count and the best three by score, linked to the page', async () => {
    const scored = [40, 72, 55, 61].map((score, i) => ({
      ...urgentOpportunity,
      id: `88888888-8888-8888-8888-88888888888${String(i)}`,
      event: { ...urgentOpportunity.event, homeTeam: `Home ${String(score)}` },
      score,
    }));
    const api = mockApi(
      meHandler(member),
      http.get('/api/v1/identity/usage', ({ response }) => response(200).json(usage(0))),
      http.get('/api/v1/betting/opportunities', ({ response }) =>
        response(200).json({ items: scored, page: 1, pageSize: 200, totalCount: 4 }),
      ),
    );
    renderApp('/');

    const urgent = await screen.findByRole('region', { name: 'Urgent opportunities' });
    expect(urgent).toHaveTextContent('4 open opportunities kick off within 24 hours');
    const items = within(urgent).getAllByRole('listitem');
    expect(items.map((li) => li.textContent.split(',')[0])).toEqual([
      'Home 72 – Chelsea',
      'Home 61 – Chelsea',
      'Home 55 – Chelsea',
    ]);
    expect(within(urgent).getByRole('link', { name: 'All opportunities' })).toHaveAttribute(
      'href',
      '/betting/opportunities',
    );
    const sent = new URL(api.calls('get', '/api/v1/betting/opportunities')[0]?.url ?? 'http://x')
      .searchParams;
    expect(sent.get('kickOffWithinHours')).toBe('24');
    expect(sent.has('status')).toBe(false);
  });

  it('refetches usage when Refresh is clicked', async () => {
    let used = 10;
    const api = mockApi(
      meHandler(member),
      http.get('/api/v1/identity/usage', ({ response }) => response(200).json(usage(used))),
    );
    const { user } = renderApp('/');
    expect(await screen.findByTestId('usage-used')).toHaveTextContent('10');

    used = 42;
    await user.click(screen.getByRole('button', { name: 'Refresh' }));

    expect(await screen.findByText('42', { selector: '[data-testid="usage-used"]' })).toBeInTheDocument();
    expect(api.calls('get', '/api/v1/identity/usage')).toHaveLength(2);
  });

  it('shows a problem when usage fails to load', async () => {
    mockApi(
      meHandler(member),
      // The document declares no 503 (a proxy in front of the API may still send one), hence untyped.
      http.get('/api/v1/identity/usage', ({ response }) =>
        response.untyped(
          HttpResponse.json(...problem(503, 'Service Unavailable', { detail: 'Metering is down.' })),
        ),
      ),
    );
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load plan usage.');
    expect(alert).toHaveTextContent('Metering is down.');
    expect(alert).toHaveTextContent('corr-1');
  });
});
