import { screen, within } from '@testing-library/react';
import { member, signIn } from '../../test/fixtures';
import { http } from '../../test/http';
import { meHandler, mockApi, mockDashboardApi } from '../../test/mock-api';
import { problem } from '../../test/problem';
import { renderApp } from '../../test/render';
import type { Meter, MeterUsage } from './api/use-usage';

const USAGE = '/api/v1/billing/usage';
const METERS = '/api/v1/billing/meters';

const meters: Meter[] = [
  {
    code: 'active_advisors',
    name: 'Advisors active',
    aggregation: 'UniqueCount',
    unit: 'advisor',
    property: 'advisor id',
  },
  { code: 'backtests', name: 'Backtests run', aggregation: 'Count', unit: 'run', property: null },
  { code: 'odds_requests', name: 'Odds requests', aggregation: 'Sum', unit: 'request', property: null },
  { code: 'open_positions', name: 'Open positions', aggregation: 'Last', unit: 'position', property: null },
  { code: 'storage_gb', name: 'Peak storage', aggregation: 'Max', unit: 'GB', property: null },
];
const quantities = [3, 12, 25000, 4, 1.5];
const usage: MeterUsage[] = meters.map((m, i) => ({
  meter: m.code,
  name: m.name,
  unit: m.unit,
  aggregation: m.aggregation,
  quantity: quantities[i] ?? 0,
  events: 10 + i,
}));

const usageApi = () =>
  mockApi(
    meHandler(member),
    http.get(USAGE, ({ response }) =>
      response(200).json({
        periodStart: '2026-12-01T00:00:00Z',
        periodEnd: '2027-01-01T00:00:00Z',
        meters: usage,
      }),
    ),
    http.get(METERS, ({ response }) => response(200).json({ items: meters })),
  );

describe('usage', () => {
  beforeEach(() => {
    signIn();
  });

  it('shows the period and each meter: what it counts in words, its quantity, unit and events', async () => {
    usageApi();
    renderApp('/billing/usage');

    expect(await screen.findByRole('heading', { level: 1, name: 'Usage' })).toBeInTheDocument();
    expect(
      await screen.findByText('The current billing period runs from Dec 1, 2026 to Jan 1, 2027.'),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Usage per meter' });
    await vi.waitFor(() => {
      expect(within(table).getByRole('cell', { name: 'distinct advisor id' })).toBeInTheDocument();
    });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['Advisors active', 'active_advisors', 'distinct advisor id', '3', 'advisor', '10'],
      ['Backtests run', 'backtests', 'number of events', '12', 'run', '11'],
      ['Odds requests', 'odds_requests', 'total of the values', '25,000', 'request', '12'],
      ['Open positions', 'open_positions', 'latest value', '4', 'position', '13'],
      ['Peak storage', 'storage_gb', 'largest value', '1.5', 'GB', '14'],
    ]);
  });

  it('tells integrators how to report events', async () => {
    usageApi();
    renderApp('/billing/usage');

    const section = await screen.findByRole('region', { name: 'Reporting usage' });
    expect(section).toHaveTextContent('POST /api/v1/billing/usage/events');
    expect(section).toHaveTextContent('Write scope');
    expect(section).toHaveTextContent('counted once');
    expect(within(section).getByRole('link', { name: 'API keys' })).toHaveAttribute('href', '/api-keys');
  });

  it('shows the API’s problem when the usage does not load', async () => {
    usageApi();
    mockApi(
      http.get(USAGE, ({ response }) =>
        response(500).json(...problem(500, 'Internal Server Error', { detail: 'The database is down.' })),
      ),
    );
    renderApp('/billing/usage');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the usage.');
    expect(alert).toHaveTextContent('The database is down.');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows the nav entry to every member', async () => {
    mockDashboardApi(member);
    renderApp('/');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Usage' })).toHaveAttribute('href', '/billing/usage');
  });
});
