import { screen, within } from '@testing-library/react';
import type { BettingSettings } from './api/settings-form';
import { admin, member, signIn } from '../../test/fixtures';
import { http } from '../../test/http';
import { meHandler, mockApi } from '../../test/mock-api';
import { problem, validationProblem } from '../../test/problem';
import { renderApp } from '../../test/render';
import type { OddsCollectionStatus } from './api/use-odds-collection';
import { bankroll, collection, collectionRun, defaultSettings, noCollection } from './settings-fixtures';

const URL = '/api/v1/betting/settings';
const STATUS_URL = '/api/v1/betting/odds-collection';
const RUNS_URL = '/api/v1/betting/odds-collection-runs';
const viewer = { ...member, roles: ['Viewer'] };
const advisor = { ...member, roles: ['Advisor'] };
const withKey: BettingSettings = {
  ...defaultSettings,
  oddsApiKeySet: true,
  oddsApiKeyHint: '…b2c3',
  version: 2,
};

/** The collection status `statuses[0]` first, then each next one as the page reads it again (the last stays). */
const statusHandler = (...statuses: OddsCollectionStatus[]) => {
  let reads = 0;
  return http.get(STATUS_URL, ({ response }) =>
    response(200).json(statuses[Math.min(reads++, statuses.length - 1)] ?? noCollection),
  );
};

function settingsApi(
  me: typeof member,
  settings: BettingSettings = defaultSettings,
  ...statuses: OddsCollectionStatus[]
) {
  return mockApi(
    meHandler(me),
    http.get(URL, ({ response }) => response(200).json(settings)),
    http.get('/api/v1/betting/bankroll', ({ response }) => response(200).json(bankroll)),
    statusHandler(...statuses),
    http.put(URL, ({ response }) => response(200).json({ ...settings, version: settings.version + 1 })),
  );
}

describe('betting settings page', () => {
  beforeEach(() => {
    signIn();
  });

  it('shows the bankroll now and what is at risk', async () => {
    settingsApi(admin);
    renderApp('/betting/settings');

    const section = await screen.findByRole('region', { name: 'Bankroll' });
    expect(within(section).getByText('Current bankroll').nextElementSibling).toHaveTextContent(
      '1,003.58 EUR',
    );
    expect(within(section).getByText('Open exposure').nextElementSibling).toHaveTextContent(
      '25.00 EUR (1 pending)',
    );
    expect(within(section).getByText('Available to stake').nextElementSibling).toHaveTextContent(
      '978.58 EUR',
    );
  });

  it('lets an Admin change a rule and saves it at the version read, keeping the key', async () => {
    const api = settingsApi(admin);
    const { user } = renderApp('/betting/settings');
    const fraction = await screen.findByLabelText('Kelly fraction (λ)');

    await user.clear(fraction);
    await user.type(fraction, '0.5');
    await user.click(screen.getByRole('switch', { name: 'Spread agent' }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Settings saved.');
    const body = (await api.calls('put', URL)[0]?.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ version: 0, kellyFraction: 0.5, agents: { spread: false, anomaly: true } });
    expect(body).not.toHaveProperty('oddsApiKey');
  });

  it('shows only the hint of a stored key, and removes it on request', async () => {
    const api = settingsApi(admin, withKey);
    const { user } = renderApp('/betting/settings');

    expect(await screen.findByText(/A key is set, ending in …b2c3/)).toBeVisible();
    expect(screen.getByLabelText('Replace key')).toHaveAttribute('type', 'password');
    expect(screen.getByLabelText('Replace key')).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Remove key' }));

    await screen.findByRole('status');
    expect(await api.calls('put', URL)[0]?.json()).toMatchObject({ version: 2, oddsApiKey: '' });
  });

  it('puts the API’s field errors next to the fields', async () => {
    mockApi(
      meHandler(admin),
      http.get(URL, ({ response }) => response(200).json(defaultSettings)),
      http.get('/api/v1/betting/bankroll', ({ response }) => response(200).json(bankroll)),
      statusHandler(),
      http.put(URL, ({ response }) =>
        response(400).json(...validationProblem({ 'alerts.lineMovePercent': ['Must be at most 100.'] })),
      ),
    );
    const { user } = renderApp('/betting/settings');

    await user.click(await screen.findByRole('button', { name: 'Save settings' }));

    expect(await screen.findByLabelText('Line move (%)')).toHaveAccessibleDescription('Must be at most 100.');
  });

  it('shows the settings read-only to a Viewer', async () => {
    settingsApi(viewer);
    renderApp('/betting/settings');

    expect(await screen.findByLabelText('Kelly fraction (λ)')).toBeDisabled();
    expect(screen.getByText('Only Admins change these settings.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Save settings' })).not.toBeInTheDocument();
  });

  describe('odds collection', () => {
    const panel = () => screen.findByRole('region', { name: 'Odds collection' });
    const fact = (section: HTMLElement, label: string) => within(section).getByText(label).nextElementSibling;

    it('shows the credits the Odds API reported, the reserve, the interval and the last collection', async () => {
      settingsApi(admin, withKey, collection);
      renderApp('/betting/settings');

      const section = await panel();
      expect(
        within(section).getByText(/^19,400 credits remaining, 600 used this period \(reported /),
      ).toHaveTextContent(/Dec 1, 2026.*2:05.*UTC\)$/);
      const bar = within(section).getByRole('progressbar', { name: 'Odds API credits used' });
      expect(bar).toHaveAttribute('value', '600');
      expect(bar).toHaveAttribute('max', '20000');
      expect(fact(section, 'Odds API key')).toHaveTextContent('Set');
      expect(fact(section, 'Sport keys')).toHaveTextContent('soccer_epl, soccer_germany_bundesliga');
      expect(fact(section, 'Credits kept in reserve')).toHaveTextContent('50');
      expect(fact(section, 'Interval')).toHaveTextContent(
        'Every 60 min; within 2 h of kick-off every 10, within 30 min every 5',
      );
      expect(fact(section, 'Last collected')).toHaveTextContent(/Dec 1, 2026.*2:00.*UTC/);
      expect(within(section).getByRole('button', { name: 'Collect now' })).toBeEnabled();
    });

    it('points to the key field when no key is set, and says no credits were reported yet', async () => {
      settingsApi(admin);
      renderApp('/betting/settings');

      const section = await panel();
      const keyFields = await screen.findByRole('group', { name: 'Odds API' });
      expect(within(section).getByRole('link', { name: 'Odds API key field' })).toHaveAttribute(
        'href',
        `#${keyFields.id}`,
      );
      expect(within(section).getByText(/No credits reported yet/)).toBeVisible();
      expect(within(section).queryByRole('progressbar')).not.toBeInTheDocument();
      expect(fact(section, 'Last collected')).toHaveTextContent('Never');
    });

    it('shows a Viewer the figures but no Collect now button', async () => {
      settingsApi(viewer, withKey, collection);
      renderApp('/betting/settings');

      const section = await panel();
      expect(within(section).getByRole('progressbar', { name: 'Odds API credits used' })).toBeInTheDocument();
      expect(within(section).queryByRole('button', { name: 'Collect now' })).not.toBeInTheDocument();
    });

    it('collects now for an Advisor, says what the run did and reads the credits again', async () => {
      const api = settingsApi(advisor, withKey, collection, {
        ...collection,
        quotaRemaining: 19_394,
        quotaUsed: 606,
      });
      mockApi(http.post(RUNS_URL, ({ response }) => response(200).json(collectionRun)));
      const { user } = renderApp('/betting/settings');

      const section = await panel();
      await user.click(within(section).getByRole('button', { name: 'Collect now' }));

      expect(await within(section).findByRole('status')).toHaveTextContent(
        'Collected: 3 events added, 0 moved, 1 odds request, 42 prices stored, 0 scores requests, 0 events completed.',
      );
      expect(await within(section).findByText(/^19,394 credits remaining, 606 used/)).toBeVisible();
      expect(api.calls('post', RUNS_URL)).toHaveLength(1);
      expect(api.calls('get', STATUS_URL)).toHaveLength(2);
    });

    it('shows the Odds API’s refusal as a problem and the credits it reported', async () => {
      const api = settingsApi(admin, withKey, collection, {
        ...collection,
        quotaRemaining: 0,
        quotaUsed: 20_000,
      });
      mockApi(
        http.post(RUNS_URL, ({ response }) =>
          response(502).json(
            ...problem(502, 'The Odds API key is out of credits.', {
              code: 'odds_api.out_of_credits',
              detail: 'The Odds API answered 401 OUT_OF_USAGE_CREDITS: Usage quota has been reached.',
            }),
          ),
        ),
      );
      const { user } = renderApp('/betting/settings');

      const section = await panel();
      await user.click(within(section).getByRole('button', { name: 'Collect now' }));

      const alert = await within(section).findByRole('alert');
      expect(alert).toHaveTextContent('The odds were not collected.');
      expect(alert).toHaveTextContent('The Odds API key is out of credits.');
      expect(alert).toHaveTextContent('Usage quota has been reached.');
      expect(await within(section).findByText(/^0 credits remaining, 20,000 used/)).toBeVisible();
      expect(within(section).getByText(/at or below the reserve/)).toBeVisible();
      expect(within(section).queryByRole('status')).not.toBeInTheDocument();
      expect(api.calls('get', STATUS_URL)).toHaveLength(2);
    });
  });
});
