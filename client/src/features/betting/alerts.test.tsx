import { screen } from '@testing-library/react';
import type { AlertPreferences } from './api/alert-preferences-form';
import { member, signIn } from '../../test/fixtures';
import { http } from '../../test/http';
import { meHandler, mockApi } from '../../test/mock-api';
import { validationProblem } from '../../test/problem';
import { renderApp } from '../../test/render';

const URL = '/api/v1/betting/alert-preferences';
const viewer = { ...member, roles: ['Viewer'] };
const defaults: AlertPreferences = {
  thresholds: { opportunityEdge: 0.1, lineMovePercent: 10, kickOffReminderMinutes: 30 },
  live: true,
  email: false,
  webhook: false,
  webhookFormat: 'Generic',
  webhookUrlSet: false,
  webhookUrlHint: null,
  telegramChatId: null,
  webhookSecretSet: false,
  webhookSecret: null,
  version: 0,
  updatedAt: null,
};
const withWebhook: AlertPreferences = {
  ...defaults,
  webhook: true,
  webhookUrlSet: true,
  webhookUrlHint: 'https://hooks.example.com/…',
  webhookSecretSet: true,
  version: 3,
};

function alertsApi(preferences: AlertPreferences = defaults, saved: Partial<AlertPreferences> = {}) {
  return mockApi(
    meHandler(viewer),
    http.get(URL, ({ response }) => response(200).json(preferences)),
    http.put(URL, ({ response }) =>
      response(200).json({ ...preferences, ...saved, version: preferences.version + 1 }),
    ),
    http.post(`${URL}/test`, ({ response }) =>
      response(202).json({ alertId: '0193c1e2-7a4b-7c3d-9e8f-1a2b3c4d5e6f', message: 'Test' }),
    ),
  );
}

describe('alerts page', () => {
  beforeEach(() => {
    signIn();
  });

  it('lets a Viewer choose channels and thresholds, and saves them', async () => {
    const api = alertsApi();
    const { user } = renderApp('/betting/alerts');
    const edge = await screen.findByLabelText('Opportunity edge at least');

    await user.clear(edge);
    await user.type(edge, '0.05');
    await user.click(screen.getByRole('switch', { name: 'E-mail' }));
    await user.click(screen.getByRole('button', { name: 'Save alerts' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Alerts saved.');
    const body = (await api.calls('put', URL)[0]?.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      thresholds: { opportunityEdge: 0.05, lineMovePercent: 10, kickOffReminderMinutes: 30 },
      live: true,
      email: true,
      webhook: false,
    });
    expect(body).not.toHaveProperty('webhookUrl');
  });

  it('sends a new webhook URL and shows the signing secret once', async () => {
    const api = alertsApi(defaults, {
      webhookUrlSet: true,
      webhookSecretSet: true,
      webhookSecret: 'a'.repeat(64),
    });
    const { user } = renderApp('/betting/alerts');

    await user.type(await screen.findByLabelText('Webhook URL'), 'https://hooks.example.com/x');
    await user.click(screen.getByRole('switch', { name: 'Webhook' }));
    await user.click(screen.getByRole('button', { name: 'Save alerts' }));

    expect(await screen.findByRole('dialog', { name: 'Webhook signing secret' })).toBeVisible();
    expect(screen.getByLabelText('Signing secret')).toHaveValue('a'.repeat(64));
    expect(await api.calls('put', URL)[0]?.json()).toMatchObject({
      webhook: true,
      webhookFormat: 'Generic',
      webhookUrl: 'https://hooks.example.com/x',
    });
  });

  it('refuses plain HTTP to another host before sending', async () => {
    const api = alertsApi();
    const { user } = renderApp('/betting/alerts');

    await user.type(await screen.findByLabelText('Webhook URL'), 'http://example.com/hook');
    await user.click(screen.getByRole('button', { name: 'Save alerts' }));

    expect(await screen.findByLabelText('Webhook URL')).toHaveAccessibleDescription(
      'Use an HTTPS URL (plain HTTP only to this machine).',
    );
    expect(api.calls('put', URL)).toHaveLength(0);
  });

  it('asks for a chat id with the Telegram format', async () => {
    alertsApi();
    const { user } = renderApp('/betting/alerts');

    await user.selectOptions(await screen.findByLabelText('Format'), 'Telegram');
    await user.click(screen.getByRole('button', { name: 'Save alerts' }));

    expect(await screen.findByLabelText('Telegram chat id')).toHaveAccessibleDescription(
      'Telegram needs the chat id to post to.',
    );
  });

  it('shows only the host of a stored webhook, and removes it on request', async () => {
    const api = alertsApi(withWebhook);
    const { user } = renderApp('/betting/alerts');

    expect(await screen.findByText(/A webhook is set \(https:\/\/hooks\.example\.com\/…\)/)).toBeVisible();
    expect(screen.getByLabelText('Replace URL')).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Remove webhook' }));

    await screen.findByRole('status');
    expect(await api.calls('put', URL)[0]?.json()).toMatchObject({ webhook: false, webhookUrl: '' });
  });

  it('puts the API’s field errors next to the fields', async () => {
    mockApi(
      meHandler(viewer),
      http.get(URL, ({ response }) => response(200).json(defaults)),
      http.put(URL, ({ response }) =>
        response(400).json(...validationProblem({ 'thresholds.lineMovePercent': ['Must be at most 100.'] })),
      ),
    );
    const { user } = renderApp('/betting/alerts');

    await user.click(await screen.findByRole('button', { name: 'Save alerts' }));

    expect(await screen.findByLabelText('Line move (%)')).toHaveAccessibleDescription('Must be at most 100.');
  });

  it('sends a test alert', async () => {
    const api = alertsApi();
    const { user } = renderApp('/betting/alerts');

    await user.click(await screen.findByRole('button', { name: 'Send test alert' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Test alert sent');
    expect(api.calls('post', `${URL}/test`)).toHaveLength(1);
  });

  it('asks the browser for notifications from a button', async () => {
    const requestPermission = vi.fn(() => Promise.resolve('granted' as NotificationPermission));
    vi.stubGlobal('Notification', Object.assign(vi.fn(), { permission: 'default', requestPermission }));
    alertsApi();
    const { user } = renderApp('/betting/alerts');

    await user.click(await screen.findByRole('button', { name: 'Allow browser notifications' }));

    expect(requestPermission).toHaveBeenCalledOnce();
    expect(await screen.findByText('Browser notifications are on for live alerts.')).toBeVisible();
    vi.unstubAllGlobals();
  });
});
