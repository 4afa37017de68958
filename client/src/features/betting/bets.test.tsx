import { screen, within } from '@testing-library/react';
import type { HttpHandler } from 'msw';
import { member, signIn } from '../../test/fixtures';
import { http } from '../../test/http';
import { meHandler, mockApi } from '../../test/mock-api';
import { problem, validationProblem } from '../../test/problem';
import { renderApp } from '../../test/render';
import type { Bet } from './api/use-bets';
import { page, pendingBet, repricedBet, summary } from './bets-fixtures';

const BETS = '/api/v1/betting/bets';
const SUMMARY = '/api/v1/betting/analytics/summary';
const viewer = { ...member, roles: ['Viewer'] };

const event = {
  id: pendingBet.eventId,
  competitionId: pendingBet.competitionId,
  competitionKey: 'E0',
  competitionName: 'Premier League',
  homeTeam: 'Arsenal',
  awayTeam: 'Chelsea',
  kickOffUtc: '2026-12-05T15:00:00Z',
  status: 'Scheduled' as const,
  homeGoals: null,
  awayGoals: null,
};

/** Answers what the bets page loads for `me`: the figures, one page of `bets`, then `more`. */
const mockBetsPage = (me: typeof member, bets: Bet[], ...more: HttpHandler[]) =>
  mockApi(
    meHandler(me),
    http.get(SUMMARY, ({ response }) => response(200).json(summary)),
    http.get(BETS, ({ response }) => response(200).json(page(bets))),
    ...more,
  );

const fact = (container: HTMLElement, label: string) =>
  within(container).getByText(label, { selector: 'dt' }).nextElementSibling;

describe('bets page', () => {
  beforeEach(() => {
    signIn();
  });

  it('shows the figures, CLV apart from profit, and the bets with their CLV', async () => {
    mockBetsPage(member, [pendingBet]);
    renderApp('/betting/bets');

    const pnl = await screen.findByLabelText('Profit and loss');
    expect(fact(pnl, 'Staked')).toHaveTextContent('490.00 EUR');
    expect(fact(pnl, 'Profit')).toHaveTextContent('100.00 EUR');
    expect(fact(pnl, 'ROI')).toHaveTextContent('20.41%');
    expect(fact(pnl, 'Open exposure')).toHaveTextContent('30.00 EUR');
    expect(fact(screen.getByLabelText('Closing-line value'), 'Average CLV (raw)')).toHaveTextContent('7.63%');
    expect(screen.getByText(/can still lose over a season/)).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Bets' });
    const row = within(table).getAllByRole('row')[1];
    expect(row).toHaveTextContent('1X2 Home');
    expect(row).toHaveTextContent('5.00%');
    expect(within(table).getByRole('button', { name: /Edit bet placed/ })).toBeInTheDocument();
  });

  it('shows a bet whose line moved re-priced, with the raw close beside it', async () => {
    mockBetsPage(member, [repricedBet]);
    renderApp('/betting/bets');

    const table = await screen.findByRole('table', { name: 'Bets' });
    const row = within(table).getAllByRole('row')[1];
    expect(row).toHaveTextContent('6.00% re-priced from line -0.75 (closed at 2.020)');
  });

  it('offers a Viewer no changes', async () => {
    mockBetsPage(viewer, [pendingBet]);
    renderApp('/betting/bets');

    const table = await screen.findByRole('table', { name: 'Bets' });
    expect(within(table).queryByRole('button')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Place a bet' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Settle now' })).toBeNull();
  });

  it('voids a pending bet once confirmed', async () => {
    const api = mockBetsPage(
      member,
      [pendingBet],
      http.post('/api/v1/betting/bets/{id}/void', ({ response }) =>
        response(200).json({ ...pendingBet, status: 'Void' }),
      ),
    );
    const { user } = renderApp('/betting/bets');

    await user.click(await screen.findByRole('button', { name: /^Void bet placed/ }));
    await user.click(screen.getByRole('button', { name: 'Yes, void' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Bet voided.');
    expect(api.calls('post', '/api/v1/betting/bets/{id}/void', { id: pendingBet.id })).toHaveLength(1);
  });

  it('settles now, then records the closing lines, and says what both did', async () => {
    const api = mockBetsPage(
      member,
      [pendingBet],
      http.post('/api/v1/betting/settlement-runs', ({ response }) =>
        response(200).json({ settled: 3, voided: 1, skipped: 2 }),
      ),
      http.post('/api/v1/betting/closing-line-runs', ({ response }) =>
        response(200).json({ recorded: 4, stale: 0, withoutClose: 1, skipped: 0 }),
      ),
    );
    const { user } = renderApp('/betting/bets');

    await user.click(await screen.findByRole('button', { name: 'Settle now' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Settlement done: 3 settled, 1 voided, 2 left pending; closing lines recorded for 4 bets (1 without a close).',
    );
    expect(api.calls('post', '/api/v1/betting/settlement-runs')).toHaveLength(1);
    expect(api.calls('post', '/api/v1/betting/closing-line-runs')).toHaveLength(1);
  });

  it('shows the problem when settlement cannot run', async () => {
    mockBetsPage(
      member,
      [pendingBet],
      http.post('/api/v1/betting/settlement-runs', ({ response }) =>
        response(403).json(problem(403, 'Forbidden')[0]),
      ),
    );
    const { user } = renderApp('/betting/bets');

    await user.click(await screen.findByRole('button', { name: 'Settle now' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Settlement did not run.');
  });

  it('places a bet with an Idempotency-Key and shows the API field errors', async () => {
    let attempts = 0;
    const api = mockBetsPage(
      member,
      [],
      http.get('/api/v1/betting/events', ({ response }) =>
        response(200).json({ ...page([]), items: [event] }),
      ),
      http.post(BETS, ({ response }) => {
        attempts += 1;
        return attempts === 1
          ? response(400).json(...validationProblem({ Odds: ['Decimal odds are greater than 1.'] }))
          : response(201).json(pendingBet);
      }),
    );
    const { user } = renderApp('/betting/bets');
    await user.click(await screen.findByRole('button', { name: 'Place a bet' }));
    const dialog = screen.getByRole('dialog', { name: 'Place a bet' });

    await user.click(within(dialog).getByRole('button', { name: 'Place bet' }));
    expect(within(dialog).getByLabelText('Event')).toHaveAccessibleDescription('Choose an event.');

    await within(dialog).findByRole('option', { name: /Arsenal – Chelsea/ });
    await user.selectOptions(within(dialog).getByLabelText('Event'), event.id);
    await user.type(within(dialog).getByLabelText('Bookmaker key'), 'pinnacle');
    await user.type(within(dialog).getByLabelText('Odds'), '2.10');
    await user.type(within(dialog).getByLabelText('Stake'), '10');
    await user.click(within(dialog).getByRole('button', { name: 'Place bet' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Could not record the bet.');
    expect(within(dialog).getByLabelText('Odds')).toHaveAccessibleDescription(
      'Decimal odds are greater than 1.',
    );

    await user.click(within(dialog).getByRole('button', { name: 'Place bet' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Bet placed.');
    const posts = api.calls('post', BETS);
    const keys = posts.map((r) => r.headers.get('Idempotency-Key'));
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(await posts[1]?.json()).toMatchObject({
      eventId: event.id,
      bookmakerKey: 'pinnacle',
      market: 'MatchResult',
      selection: 'Home',
      odds: 2.1,
      stake: { amount: 10, currency: 'EUR' },
    });
  });
});

describe('analytics page', () => {
  beforeEach(() => {
    signIn();
  });

  it('draws each panel of the period, the heatmap as a table with its values', async () => {
    const base = { period: '30d', currency: 'EUR', otherCurrencies: [] };
    const api = mockApi(
      meHandler(member),
      http.get('/api/v1/betting/analytics/bankroll-series', ({ response }) =>
        response(200).json({
          ...base,
          points: [{ date: '2026-11-20', settled: 1, profit: 10, cumulativeProfit: 10 }],
          totalProfit: 10,
          maxDrawdown: 0,
        }),
      ),
      http.get('/api/v1/betting/analytics/bookmakers', ({ response }) =>
        response(200).json({ ...base, items: [] }),
      ),
      http.get('/api/v1/betting/analytics/win-rate', ({ response }) =>
        response(200).json({ ...base, bucket: 'week', points: [] }),
      ),
      http.get('/api/v1/betting/analytics/heatmap', ({ response }) =>
        response(200).json({ ...base, items: [{ dayOfWeek: 2, hour: 15, count: 3, profit: 12.5 }] }),
      ),
      http.get('/api/v1/betting/analytics/agents', ({ response }) =>
        response(200).json({
          ...base,
          items: [
            { agentKey: null, performance: summary.performance, maxDrawdown: 50, sharpe: 0.32, days: 3 },
          ],
        }),
      ),
    );
    renderApp('/betting/analytics?period=30d');

    const heatmap = await screen.findByRole('table', { name: /Bets by day and hour/ });
    expect(within(heatmap).getByRole('row', { name: /^15:00/ })).toHaveTextContent('3 · 12.50');
    const agents = screen.getByRole('table', { name: 'Agents' });
    expect(within(agents).getByRole('row', { name: /Manual/ })).toHaveTextContent('0.320');
    expect(await screen.findByRole('img', { name: /Cumulative profit over 1 days/ })).toBeInTheDocument();
    const sent = new URL(api.calls('get', '/api/v1/betting/analytics/heatmap')[0]?.url ?? 'http://x');
    expect(sent.searchParams.get('period')).toBe('30d');
  });
});
