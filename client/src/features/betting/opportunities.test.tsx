import { screen, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { admin, member, signIn } from '../../test/fixtures';
import { http } from '../../test/http';
import { meHandler, mockApi } from '../../test/mock-api';
import { problem } from '../../test/problem';
import { renderApp } from '../../test/render';
import { pendingBet } from './bets-fixtures';
import {
  expiredOpportunity,
  laterOpportunity,
  suggestion,
  urgentOpportunity,
} from '../../test/opportunity-fixtures';

const LIST = '/api/v1/betting/opportunities';
const ONE = '/api/v1/betting/opportunities/{id}';
const viewer = { ...member, roles: ['Viewer'] };

const pageOf = <T,>(items: T[]) => ({ items, page: 1, pageSize: 25, totalCount: items.length });
const sentQuery = (url: string | undefined) => new URL(url ?? 'http://x').searchParams;

const SOCCER = '11111111-2222-3333-4444-555555555555';

describe('opportunities page', () => {
  beforeEach(() => {
    signIn();
    mockApi(
      http.get('/api/v1/betting/sports', ({ response }) =>
        response(200).json({
          items: [{ id: SOCCER, key: 'soccer', name: 'Soccer', competitions: [] }],
        }),
      ),
    );
  });

  it('filters by sport, the id in the URL and the query', async () => {
    const api = mockApi(
      meHandler(member),
      http.get(LIST, ({ response }) => response(200).json(pageOf([urgentOpportunity]))),
    );
    const { user, router } = renderApp('/betting/opportunities');

    await screen.findByRole('table', { name: 'Opportunities' });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Sport' }), 'Soccer');

    expect(router.state.location.search).toContain(`sport=${SOCCER}`);
    expect(sentQuery(api.calls('get', LIST).at(-1)?.url).get('sportId')).toBe(SOCCER);
  });

  it('sends the filters from the URL and keeps a change in it', async () => {
    const api = mockApi(
      meHandler(member),
      http.get(LIST, ({ response }) => response(200).json(pageOf([urgentOpportunity]))),
    );
    const { user, router } = renderApp(
      '/betting/opportunities?status=all&agent=spread&minEdge=2&consensus=true',
    );

    await screen.findByRole('table', { name: 'Opportunities' });
    const first = sentQuery(api.calls('get', LIST)[0]?.url);
    expect(first.get('status')).toBe('');
    expect(first.get('agent')).toBe('spread');
    expect(first.get('minEdge')).toBe('0.02');
    expect(first.get('consensus')).toBe('true');

    await user.selectOptions(screen.getByLabelText('Label'), 'Analyser');
    expect(router.state.location.search).toContain('label=Analyser');
    await user.selectOptions(screen.getByLabelText('Status'), 'Expired');
    const last = sentQuery(api.calls('get', LIST).at(-1)?.url);
    expect(last.get('status')).toBe('Expired');
    expect(last.get('label')).toBe('Analyser');
  });

  it('marks kick-offs within 24 hours in words, not colour alone', async () => {
    mockApi(
      meHandler(member),
      http.get(LIST, ({ response }) => response(200).json(pageOf([urgentOpportunity, laterOpportunity]))),
    );
    renderApp('/betting/opportunities');

    const table = await screen.findByRole('table', { name: 'Opportunities' });
    const [, urgent, later] = within(table).getAllByRole('row');
    expect(urgent).toHaveTextContent('within 24 h');
    expect(urgent).toHaveClass('urgent');
    expect(urgent).toHaveTextContent('64 Analyser');
    expect(urgent).toHaveTextContent('anomaly, spread (consensus)');
    expect(later).not.toHaveTextContent('within 24 h');
    expect(later).toHaveTextContent('Over/under 2.5 Over');
  });

  it('shows the devig audit, and the close and result of an expired one', async () => {
    mockApi(
      meHandler(viewer),
      http.get(LIST, ({ response }) => response(200).json(pageOf([expiredOpportunity]))),
      http.get(ONE, ({ response }) => response(200).json(expiredOpportunity)),
    );
    const { user } = renderApp('/betting/opportunities?status=Expired');

    await user.click(await screen.findByRole('button', { name: /^Audit of Arsenal – Chelsea/ }));
    const audit = await screen.findByRole('dialog', { name: /Arsenal – Chelsea/ });
    expect(within(audit).getByRole('button', { name: 'Close' })).toHaveFocus();
    const prices = within(audit).getByRole('table', { name: 'Raw prices' });
    expect(within(prices).getAllByRole('row')).toHaveLength(4);
    expect(prices).toHaveTextContent('pinnacle');
    const devig = within(audit).getByLabelText('Devig audit');
    expect(devig).toHaveTextContent('Power (1.0423)');
    expect(devig).toHaveTextContent('8.10% to 10.40%');
    expect(devig).toHaveTextContent('3.12%');
    expect(within(audit).getByLabelText('Agent and score')).toHaveTextContent('anomaly 1.2.0');
    expect(audit).toHaveTextContent(/Score = 100 × \(0.35 edge/);
    const close = within(audit).getByLabelText('Close and result');
    expect(close).toHaveTextContent('1.95');
    expect(close).toHaveTextContent('7.69%');
    expect(close).toHaveTextContent('Won');
    expect(within(audit).queryByRole('button', { name: 'Place bet' })).toBeNull();

    await user.click(within(audit).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('places a bet on an open one with the suggested stake, linked to it', async () => {
    const api = mockApi(
      meHandler(member),
      http.get(LIST, ({ response }) => response(200).json(pageOf([urgentOpportunity]))),
      http.get('/api/v1/betting/stake-suggestion', ({ response }) => response(200).json(suggestion)),
      http.get('/api/v1/betting/events', ({ response }) => response(200).json(pageOf([]))),
      http.post('/api/v1/betting/bets', ({ response }) => response(201).json(pendingBet)),
    );
    const { user } = renderApp('/betting/opportunities');

    await user.click(await screen.findByRole('button', { name: /^Place bet on Arsenal – Chelsea/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Place a bet' });
    expect(within(dialog).getByLabelText('Suggested stake')).toHaveTextContent('20.90 EUR');
    expect(within(dialog).getByLabelText('Event')).toHaveValue(urgentOpportunity.event.id);
    expect(within(dialog).getByLabelText('Bookmaker key')).toHaveValue('b365');
    expect(within(dialog).getByLabelText('Odds')).toHaveValue('2.1');
    expect(within(dialog).getByLabelText('Stake')).toHaveValue('20.90');
    const asked = sentQuery(api.calls('get', '/api/v1/betting/stake-suggestion')[0]?.url);
    expect(asked.get('odds')).toBe('2.1');
    expect(asked.get('probability')).toBe('0.52');

    await user.click(within(dialog).getByRole('button', { name: 'Place bet' }));
    expect(await screen.findByText('Bet placed.')).toBeInTheDocument();
    expect(await api.calls('post', '/api/v1/betting/bets')[0]?.json()).toMatchObject({
      eventId: urgentOpportunity.event.id,
      bookmakerKey: 'b365',
      market: 'MatchResult',
      selection: 'Home',
      odds: 2.1,
      stake: { amount: 20.9, currency: 'EUR' },
      opportunityId: urgentOpportunity.id,
      agentKey: 'anomaly',
      edge: 0.0438,
      kellyFraction: 0.25,
    });
  });

  it('offers a Viewer neither placing bets nor running the agents', async () => {
    mockApi(
      meHandler(viewer),
      http.get(LIST, ({ response }) => response(200).json(pageOf([urgentOpportunity]))),
    );
    renderApp('/betting/opportunities');

    await screen.findByRole('table', { name: 'Opportunities' });
    expect(screen.queryByRole('button', { name: /Place bet/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Run agents' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Replay history' })).toBeNull();
  });

  it('replays history for an Admin, shows the counts, and shows a 409 detail', async () => {
    let runs = 0;
    const api = mockApi(
      meHandler(admin),
      http.get(LIST, ({ response }) => response(200).json(pageOf([]))),
      http.post('/api/v1/betting/agent-runs', ({ response }) => {
        runs += 1;
        return runs === 1
          ? response(200).json({
              replay: true,
              events: 380,
              boards: 1140,
              raised: 57,
              updated: 0,
              closed: 57,
              byAgent: [{ agent: 'backtest', opportunities: 57 }],
            })
          : // The API answers 409 (betting.backtest_agent_off); the document does not declare it, hence untyped.
            response.untyped(
              HttpResponse.json(
                ...problem(409, 'Conflict', {
                  detail:
                    'The backtest agent is switched off in the betting settings; switch it on to replay history.',
                }),
              ),
            );
      }),
    );
    const { user } = renderApp('/betting/opportunities');

    await user.click(await screen.findByRole('button', { name: 'Replay history' }));
    expect(await screen.findByText(/Replay done: 380 events/)).toHaveTextContent('57 opportunities raised');
    expect(await api.calls('post', '/api/v1/betting/agent-runs')[0]?.json()).toEqual({ replay: true });
    await screen.findByText('No opportunities match.');
    expect(api.calls('get', LIST).length).toBeGreaterThanOrEqual(2);

    await user.click(screen.getByRole('button', { name: 'Replay history' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The backtest agent is switched off');
  });
});
