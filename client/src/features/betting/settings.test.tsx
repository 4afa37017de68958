import { screen, within } from '@testing-library/react';
import type { BettingSettings } from './api/settings-form';
import { admin, member, signIn } from '../../test/fixtures';
import { http } from '../../test/http';
import { meHandler, mockApi } from '../../test/mock-api';
import { problem } from '../../test/problem';
import { renderApp } from '../../test/render';
import { bankroll, defaultSettings } from './settings-fixtures';

const URL = '/api/v1/betting/settings';
const viewer = { ...member, roles: ['Viewer'] };
const withKey: BettingSettings = {
  ...defaultSettings,
  oddsApiKeySet: true,
  oddsApiKeyHint: '…b2c3',
  version: 2,
};

function settingsApi(me: typeof member, settings: BettingSettings = defaultSettings) {
  return mockApi(
    meHandler(me),
    http.get(URL, ({ response }) => response(200).json(settings)),
    http.get('/api/v1/betting/bankroll', ({ response }) => response(200).json(bankroll)),
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
      http.put(URL, ({ response }) =>
        response(400).json(
          ...problem(400, 'One or more validation errors occurred.', {
            errors: { 'alerts.lineMovePercent': ['Must be at most 100.'] },
          }),
        ),
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
});
