import { screen, waitFor, within } from '@testing-library/react';
import { delay } from 'msw';
import { member, signIn } from '../../test/fixtures';
import { http } from '../../test/http';
import { meHandler, mockApi } from '../../test/mock-api';
import { validationProblem } from '../../test/problem';
import { renderApp } from '../../test/render';
import { backtestRun, defaultRuleQuery, marketStudy } from './studies-fixtures';

const MARKET = '/api/v1/betting/studies/market';
const RUNS = '/api/v1/betting/studies/backtests';
const RUN = '/api/v1/betting/studies/backtests/{id}';
const viewer = { ...member, roles: ['Viewer'] };

const sentQuery = (api: ReturnType<typeof mockApi>, path: typeof MARKET) =>
  new URL(api.calls('get', path).at(-1)?.url ?? 'http://x').searchParams;

const cells = (table: HTMLElement, rowName: RegExp) =>
  within(within(table).getByRole('row', { name: rowName }))
    .getAllByRole('cell')
    .map((c) => c.textContent);

/** The value of a figure card (a `dt` and its `dd`). */
const fact = (container: HTMLElement, label: string) =>
  within(container).getByText(label, { selector: 'dt' }).nextElementSibling;

async function openBacktest(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await screen.findByRole('link', { name: 'Backtest' }));
  return screen.getByRole('form', { name: 'Backtest' });
}

describe('market study', () => {
  beforeEach(() => {
    signIn();
  });

  it('sends the filter and shows every table of the study', async () => {
    const api = mockApi(
      meHandler(viewer),
      http.get(MARKET, ({ response }) => response(200).json(marketStudy)),
    );
    const { user } = renderApp('/betting/studies');
    const form = await screen.findByRole('form', { name: 'Market study' });
    await user.type(within(form).getByLabelText('Competitions'), 'E0, E1 ,');
    await user.type(within(form).getByLabelText('Seasons'), '2023-24');
    await user.type(within(form).getByLabelText('From'), '2023-08-01');
    await user.click(within(form).getByRole('button', { name: 'Run market study' }));

    const results = await screen.findByRole('region', { name: 'Market study results' });
    const sent = sentQuery(api, MARKET);
    expect(sent.getAll('competitions')).toEqual(['E0', 'E1']);
    expect(sent.getAll('seasons')).toEqual(['2023-24']);
    expect(sent.get('dateFrom')).toBe('2023-08-01');
    expect(sent.has('dateTo')).toBe(false);
    expect(fact(results, 'Matches')).toHaveTextContent('380');
    expect(fact(results, 'Home wins')).toHaveTextContent('175 (46.1%)');
    const table = (name: string) => within(results).getByRole('table', { name });
    expect(cells(table('Margins'), /b365/)).toEqual(['b365', 'Pre-closing', '1X2', '380', '5.12%']);
    expect(cells(table('Flat stakes'), /2.5 Over/)).toEqual([
      'b365',
      'Pre-closing',
      'Over/under 2.5',
      'Over',
      '380',
      '205',
      '-12.50',
      '-3.29%',
    ]);
    expect(cells(table('Flat stakes'), /2.5 All/)).toContain('-5.30%');
    expect(cells(table('Favourites'), /pinnacle/)).toEqual([
      'pinnacle',
      'Closing',
      '376',
      '212',
      '56.38%',
      '-9.10',
      '-2.42%',
      '4',
    ]);
    expect(cells(table('Forecasts'), /pinnacle/)).toEqual(['pinnacle', 'Closing', '380', '0.5734', '0.9601']);
    expect(cells(table('Closing-line value'), /Home/)).toEqual([
      'b365',
      'Pre-closing',
      '1X2',
      'Home',
      '380',
      '0.46%',
      '-3.12%',
      '0.12%',
    ]);
    expect(cells(table('Asian handicap'), /Away/)).toEqual([
      'b365',
      'Closing',
      'Away',
      '380',
      '-7.75',
      '-2.04%',
      '150',
      '20',
      '30',
      '25',
      '155',
    ]);
  });

  it('shows the problem when the API refuses the filter', async () => {
    mockApi(
      meHandler(member),
      http.get(MARKET, ({ response }) =>
        response(400).json(...validationProblem({ DateTo: ["'dateTo' is on or after 'dateFrom'."] })),
      ),
    );
    const { user } = renderApp('/betting/studies');
    const form = await screen.findByRole('form', { name: 'Market study' });
    await user.click(within(form).getByRole('button', { name: 'Run market study' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Could not run the market study.');
    expect(within(form).getByLabelText('To')).toHaveAccessibleDescription(
      "'dateTo' is on or after 'dateFrom'.",
    );
  });
});

describe('backtest', () => {
  beforeEach(() => {
    signIn();
  });

  it('checks the stake before asking the API', async () => {
    const api = mockApi(meHandler(member));
    const { user } = renderApp('/betting/studies');
    const form = await openBacktest(user);
    await user.clear(within(form).getByLabelText('Stake'));
    await user.type(within(form).getByLabelText('Stake'), '0');
    await user.click(within(form).getByRole('button', { name: 'Run backtest' }));

    expect(await within(form).findByText('Must be more than 0.')).toBeVisible();
    expect(within(form).getByLabelText('Stake')).toHaveAccessibleDescription('Must be more than 0.');
    expect(api.calls('post', RUNS)).toHaveLength(0);
  });

  it('sends the rule, shows progress, then the figures, the curve and the bets', async () => {
    let sent: unknown;
    mockApi(
      meHandler(member),
      http.post(RUNS, async ({ request, response }) => {
        sent = await request.json();
        // Long enough for the bar to be seen while the answer is on its way.
        await delay(200);
        return response(201).json(backtestRun());
      }),
    );
    const { user } = renderApp('/betting/studies');
    const form = await openBacktest(user);
    await user.type(within(form).getByLabelText('Competitions'), 'E0');
    await user.selectOptions(within(form).getByLabelText('Staking'), 'Kelly');
    await user.type(within(form).getByLabelText('Kelly cap (optional)'), '0.05');
    await user.click(within(form).getByLabelText('Over/under'));
    await user.click(within(form).getByRole('button', { name: 'Run backtest' }));

    expect(await screen.findByRole('progressbar', { name: 'Running backtest…' })).toBeInTheDocument();
    const results = await screen.findByRole('region', { name: 'Backtest results' });
    expect(sent).toEqual({
      competitions: ['E0'],
      ...defaultRuleQuery,
      markets: ['MatchResult', 'Totals'],
      staking: 'Kelly',
      kellyMultiplier: 0.25,
      kellyCap: 0.05,
      bankroll: 1000,
    });
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(fact(results, 'Bets')).toHaveTextContent('30');
    expect(fact(results, 'Final bankroll')).toHaveTextContent('1,030.00');
    expect(fact(results, 'Yield')).toHaveTextContent('110.00%');
    expect(fact(results, 'Closing-price yield')).toHaveTextContent('4.57%');
    expect(
      await within(results).findByRole('img', { name: /from 1,000.00 to 1,030.00 over 30 bets/ }),
    ).toBeInTheDocument();
    const bets = within(results).getByRole('table', { name: 'Bets' });
    expect(within(bets).getAllByRole('row')).toHaveLength(26);
    expect(cells(bets, /Home 1 – Away 1/)).toEqual([
      'Aug 11, 2023',
      'Home 1 – Away 1',
      '1X2 Draw',
      '4.20',
      '0.2512',
      '5.52%',
      '1.00',
      'Lost',
      '-1.00',
      '1,001.00',
      '1.23%',
      '3.45%',
    ]);
    await user.click(within(results).getByRole('button', { name: 'Next' }));
    expect(within(bets).getByRole('row', { name: /Home 30 – Away 30/ })).toBeVisible();
  });

  it('shows what the API says about a field next to it', async () => {
    mockApi(
      meHandler(member),
      http.post(RUNS, ({ response }) =>
        response(400).json(...validationProblem({ BetBookmaker: ["No bookmaker 'b366' in your data."] })),
      ),
    );
    const { user } = renderApp('/betting/studies');
    const form = await openBacktest(user);
    await user.click(within(form).getByRole('button', { name: 'Run backtest' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Could not run the backtest.');
    expect(within(form).getByLabelText('Bet bookmaker')).toHaveAccessibleDescription(
      "No bookmaker 'b366' in your data.",
    );
  });

  it('follows a long backtest in the background until its figures come', async () => {
    const queued = backtestRun({
      status: 'Queued',
      matchesTotal: 20_000,
      matchesDone: 0,
      progress: 0,
      result: undefined,
    });
    const running = backtestRun({ ...queued, status: 'Running', matchesDone: 5_000, progress: 0.25 });
    const done = backtestRun({ matchesTotal: 20_000, matchesDone: 20_000 });
    let polls = 0;
    mockApi(
      meHandler(member),
      http.post(RUNS, ({ response }) => response(202).json(queued)),
      http.get(RUN, ({ response }) => response(200).json(++polls === 1 ? running : done)),
    );
    const { user } = renderApp('/betting/studies');
    const form = await openBacktest(user);
    await user.click(within(form).getByRole('button', { name: 'Run backtest' }));

    const bar = await screen.findByRole('progressbar', { name: 'Backtest progress' });
    expect(within(form).getByRole('button', { name: 'Run backtest' })).toBeDisabled();
    expect(await screen.findByText('Backtest: 5,000 of 20,000 matches replayed (25%)…')).toBeInTheDocument();
    expect(bar).toHaveAttribute('value', '5000');
    expect(
      await screen.findByRole('region', { name: 'Backtest results' }, { timeout: 4_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('stops a running backtest', async () => {
    const running = backtestRun({
      status: 'Running',
      matchesTotal: 20_000,
      matchesDone: 1_000,
      progress: 0.05,
      result: undefined,
    });
    const api = mockApi(
      meHandler(member),
      http.post(RUNS, ({ response }) => response(202).json(running)),
      http.get(RUN, ({ response }) => response(200).json(running)),
      http.delete(RUN, ({ response }) => response(204).empty()),
    );
    const { user } = renderApp('/betting/studies');
    const form = await openBacktest(user);
    await user.click(within(form).getByRole('button', { name: 'Run backtest' }));
    await user.click(await screen.findByRole('button', { name: 'Stop backtest' }));

    await waitFor(() => {
      expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    });
    expect(api.calls('delete', RUN, { id: running.id })).toHaveLength(1);
    expect(within(form).getByRole('button', { name: 'Run backtest' })).toBeEnabled();
  });

  it('says why a background backtest failed', async () => {
    mockApi(
      meHandler(member),
      http.post(RUNS, ({ response }) =>
        response(202).json(
          backtestRun({
            status: 'Queued',
            matchesTotal: 20_000,
            matchesDone: 0,
            progress: 0,
            result: undefined,
          }),
        ),
      ),
      http.get(RUN, ({ response }) =>
        response(200).json(
          backtestRun({
            status: 'Failed',
            result: undefined,
            error: 'The filter selects 120000 matches; narrow it to at most 100000.',
          }),
        ),
      ),
    );
    const { user } = renderApp('/betting/studies');
    const form = await openBacktest(user);
    await user.click(within(form).getByRole('button', { name: 'Run backtest' }));

    const alert = await screen.findByRole('alert', {}, { timeout: 4_000 });
    expect(alert).toHaveTextContent('The backtest failed.');
    expect(alert).toHaveTextContent('narrow it to at most 100000');
  });

  it('is in everyone’s navigation, Viewers included', async () => {
    mockApi(meHandler(viewer));
    renderApp('/betting/studies');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Studies' })).toHaveAttribute(
      'href',
      '/betting/studies',
    );
    expect(await screen.findByRole('heading', { name: 'Studies', level: 1 })).toBeInTheDocument();
  });
});
