import { screen, within } from '@testing-library/react';
import type { ApiResult } from '../../api/types';
import { admin, member, signIn } from '../../test/fixtures';
import { http } from '../../test/http';
import { meHandler, mockApi } from '../../test/mock-api';
import { problem } from '../../test/problem';
import { renderApp } from '../../test/render';
import { latestExpiry } from './components/expiry-dates';

type ApiKey = ApiResult<'/api/v1/identity/api-keys', 'get'>['items'][number];

const existing: ApiKey = {
  id: 'aaaaaaaa-0000-0000-0000-000000000001',
  name: 'CI pipeline',
  prefix: 'cp_live_ab12',
  scopes: ['Read', 'Write'],
  ownerId: 'bbbbbbbb-0000-0000-0000-000000000001',
  ownerEmail: 'ada@example.test',
  createdAt: '2026-10-01T08:00:00Z',
  expiresAt: null,
  lastUsedAt: null,
  revokedAt: null,
};

const colleagues: ApiKey = {
  ...existing,
  id: 'aaaaaaaa-0000-0000-0000-000000000009',
  name: 'Reporting robot',
  ownerId: 'bbbbbbbb-0000-0000-0000-000000000002',
  ownerEmail: 'linus@example.test',
  lastUsedAt: '2026-11-20T09:30:00Z',
};

function keysApi(initial: ApiKey[], me = member, everyone: ApiKey[] = initial) {
  let keys = [...initial];
  return mockApi(
    meHandler(me),
    http.get('/api/v1/identity/api-keys', ({ query, response }) => {
      const items = query.get('allMembers') === 'true' ? everyone : keys;
      return response(200).json({ items, page: 1, pageSize: 20, totalCount: items.length });
    }),
    http.post('/api/v1/identity/api-keys', async ({ request, response }) => {
      const body = await request.json();
      if (!body) return response(400).json(...problem(400, 'Bad Request', { errors: {} }));
      const created: ApiKey = {
        id: 'aaaaaaaa-0000-0000-0000-000000000002',
        name: body.name,
        prefix: 'cp_live_cd34',
        scopes: body.scopes,
        ownerId: existing.ownerId,
        ownerEmail: existing.ownerEmail,
        createdAt: '2026-11-25T10:00:00Z',
        expiresAt: body.expiresAt ?? null,
        lastUsedAt: null,
        revokedAt: null,
      };
      keys = [...keys, created];
      return response(201).json({ apiKey: created, secret: 'cp_live_cd34.s3cr3t-value' });
    }),
    http.delete('/api/v1/identity/api-keys/{id}', ({ params: { id }, response }) => {
      const key = keys.find((k) => k.id === id);
      if (!key) return response(404).json(...problem(404, 'Not Found'));
      keys = keys.map((k) => (k.id === id ? { ...k, revokedAt: '2026-11-25T11:00:00Z' } : k));
      return response(204).empty();
    }),
  );
}

/** Fills the create form with a name and an expiry date and submits it. */
async function submitKeyExpiring(
  user: ReturnType<typeof renderApp>['user'],
  name: string,
  expiresOn: string,
) {
  await user.type(screen.getByLabelText('Name'), name);
  await user.type(screen.getByLabelText('Expires on (optional)'), expiresOn);
  await user.click(screen.getByRole('button', { name: 'Create key' }));
}

describe('API keys page', () => {
  beforeEach(() => {
    signIn();
  });

  it('lists keys', async () => {
    keysApi([existing]);
    renderApp('/api-keys');
    const row = await screen.findByRole('row', { name: /CI pipeline/ });
    expect(row).toHaveTextContent('cp_live_ab12');
    expect(row).toHaveTextContent('Read, Write');
    expect(row).toHaveTextContent('Never');
    expect(row).toHaveTextContent('Active');
  });

  it('shows an empty state', async () => {
    keysApi([]);
    renderApp('/api-keys');
    expect(await screen.findByText(/No API keys yet/)).toBeInTheDocument();
  });

  it('shows the secret once after creating a key, then forgets it', async () => {
    const api = keysApi([]);
    const { user } = renderApp('/api-keys');
    await screen.findByText(/No API keys yet/);
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });

    await user.type(screen.getByLabelText('Name'), 'Reporting');
    expect(screen.getByRole('checkbox', { name: 'Read' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Write' })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Create key' }));

    const dialog = await screen.findByRole('dialog', { name: /Reporting.*created/ });
    expect(within(dialog).getByLabelText('Secret')).toHaveValue('cp_live_cd34.s3cr3t-value');
    expect(dialog).toHaveTextContent('won’t be shown again');
    const [create] = api.calls('post', '/api/v1/identity/api-keys');
    expect(await create?.json()).toEqual({ name: 'Reporting', scopes: ['Read'] });

    await user.click(within(dialog).getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith('cp_live_cd34.s3cr3t-value');
    expect(await within(dialog).findByRole('status')).toHaveTextContent('Secret copied');

    // The new key appears in the list (query invalidated).
    expect(await screen.findByRole('row', { name: /Reporting/ })).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByDisplayValue('cp_live_cd34.s3cr3t-value')).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('s3cr3t-value');
  });

  it('requires a name before creating', async () => {
    const api = keysApi([]);
    const { user } = renderApp('/api-keys');
    await screen.findByText(/No API keys yet/);
    await user.click(screen.getByRole('button', { name: 'Create key' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Name is required.');
    expect(api.calls('post', '/api/v1/identity/api-keys')).toHaveLength(0);
  });

  it('revokes a key after confirmation', async () => {
    const api = keysApi([existing]);
    const { user } = renderApp('/api-keys');
    const row = await screen.findByRole('row', { name: /CI pipeline/ });

    await user.click(within(row).getByRole('button', { name: 'Revoke CI pipeline' }));
    expect(api.calls('delete', '/api/v1/identity/api-keys/{id}', { id: existing.id })).toHaveLength(0);
    const confirm = within(row).getByRole('group', { name: 'Confirm revoking CI pipeline' });
    await user.click(within(confirm).getByRole('button', { name: 'Yes, revoke' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Key “CI pipeline” revoked.');
    expect(api.calls('delete', '/api/v1/identity/api-keys/{id}', { id: existing.id })).toHaveLength(1);
    const updated = await screen.findByRole('row', { name: /CI pipeline.*Nov 25, 2026/ });
    expect(within(updated).queryByRole('button', { name: /Revoke/ })).not.toBeInTheDocument();
  });

  it('cancelling the confirmation revokes nothing', async () => {
    const api = keysApi([existing]);
    const { user } = renderApp('/api-keys');
    const row = await screen.findByRole('row', { name: /CI pipeline/ });
    await user.click(within(row).getByRole('button', { name: 'Revoke CI pipeline' }));
    await user.click(within(row).getByRole('button', { name: 'Cancel' }));
    expect(within(row).getByRole('button', { name: 'Revoke CI pipeline' })).toBeInTheDocument();
    expect(api.calls('delete', '/api/v1/identity/api-keys/{id}', { id: existing.id })).toHaveLength(0);
  });

  it('sends the chosen expiry as the end of that day (UTC)', async () => {
    const api = keysApi([]);
    const { user } = renderApp('/api-keys');
    await screen.findByText(/No API keys yet/);

    await submitKeyExpiring(user, 'Quarterly export', '2030-03-31');

    await screen.findByRole('dialog', { name: /Quarterly export.*created/ });
    const [create] = api.calls('post', '/api/v1/identity/api-keys');
    expect(await create?.json()).toEqual({
      name: 'Quarterly export',
      scopes: ['Read'],
      expiresAt: '2030-03-31T23:59:59Z',
    });
    expect(await screen.findByRole('row', { name: /Quarterly export/ })).toHaveTextContent('Mar 31, 2030');
  });

  it('refuses an expiry in the past', async () => {
    const api = keysApi([]);
    const { user } = renderApp('/api-keys');
    await screen.findByText(/No API keys yet/);

    await submitKeyExpiring(user, 'Stale', '2020-01-01');

    expect(screen.getByRole('alert')).toHaveTextContent('The expiry must be a future date.');
    expect(api.calls('post', '/api/v1/identity/api-keys')).toHaveLength(0);
  });

  it('refuses an expiry beyond the ten years the API allows, and says so on the date field', async () => {
    const api = keysApi([]);
    const { user } = renderApp('/api-keys');
    await screen.findByText(/No API keys yet/);

    await submitKeyExpiring(user, 'Forever', '2099-03-31');

    expect(screen.getByRole('alert')).toHaveTextContent('A key can live at most 10 years');
    expect(screen.getByLabelText('Expires on (optional)')).toHaveAttribute('max', latestExpiry());
    expect(api.calls('post', '/api/v1/identity/api-keys')).toHaveLength(0);
  });

  it('marks an expired key and offers no expiry column value for keys without one', async () => {
    keysApi([
      { ...existing, expiresAt: '2020-01-01T00:00:00Z' },
      { ...colleagues, ownerEmail: existing.ownerEmail },
    ]);
    renderApp('/api-keys');

    expect(await screen.findByRole('row', { name: /CI pipeline/ })).toHaveTextContent('Expired');
    expect(screen.getByRole('row', { name: /Reporting robot/ })).toHaveTextContent('No expiry');
  });

  it('lets an Admin see every member’s keys with their owners', async () => {
    const api = keysApi([existing], admin, [existing, colleagues]);
    const { user } = renderApp('/api-keys');
    await screen.findByRole('row', { name: /CI pipeline/ });
    expect(screen.queryByRole('columnheader', { name: 'Owner' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Show every member’s keys' }));

    const row = await screen.findByRole('row', { name: /Reporting robot/ });
    expect(row).toHaveTextContent('linus@example.test');
    expect(screen.getByRole('columnheader', { name: 'Owner' })).toBeInTheDocument();
    expect(api.calls('get', '/api/v1/identity/api-keys').some((r) => r.url.includes('allMembers=true'))).toBe(
      true,
    );
  });

  it('offers the every-member view to Admins only', async () => {
    keysApi([existing]);
    renderApp('/api-keys');
    await screen.findByRole('row', { name: /CI pipeline/ });
    expect(screen.queryByRole('checkbox', { name: 'Show every member’s keys' })).not.toBeInTheDocument();
  });
});
