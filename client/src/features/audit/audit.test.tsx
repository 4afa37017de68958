import { screen, within } from '@testing-library/react';
import type { ApiResult } from '../../api/types';
import { admin, signIn } from '../../test/fixtures';
import { http } from '../../test/http';
import { meHandler, mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render';

type Entry = ApiResult<'/api/v1/platform/audit-entries', 'get'>['items'][number];

const entry: Entry = {
  id: '44444444-4444-4444-4444-444444444444',
  occurredAt: '2026-11-20T09:30:00Z',
  userId: '11111111-1111-1111-1111-111111111111',
  userEmail: 'ada@example.test',
  organizationId: '22222222-2222-2222-2222-222222222222',
  action: 'Login',
  entityType: 'User',
  entityId: '11111111',
  outcome: 'Failed',
  error: 'Invalid password',
};

function auditApi(items: Entry[]) {
  return mockApi(
    meHandler(admin),
    http.get('/api/v1/platform/audit-entries', ({ response }) =>
      response(200).json({ items, page: 1, pageSize: 50, totalCount: items.length }),
    ),
  );
}

const lastQuery = (api: ReturnType<typeof auditApi>) =>
  new URL(api.calls('get', '/api/v1/platform/audit-entries').at(-1)?.url ?? 'http://x').searchParams;

describe('audit page', () => {
  beforeEach(() => {
    signIn();
  });

  it('renders entries', async () => {
    auditApi([entry]);
    renderApp('/admin/audit');
    const row = await screen.findByRole('row', { name: /Login/ });
    for (const text of ['ada@example.test', 'User 11111111', 'Failed', 'Invalid password', 'Nov 20, 2026']) {
      expect(row).toHaveTextContent(text);
    }
  });

  it('writes filters to the URL and sends them to the API', async () => {
    const api = auditApi([]);
    const { user, router } = renderApp('/admin/audit?page=3');
    expect(await screen.findByText('No audit entries yet.')).toBeInTheDocument();

    const form = screen.getByRole('form', { name: 'Audit filters' });
    await user.type(within(form).getByLabelText('Action'), 'Login');
    await user.type(within(form).getByLabelText('Entity type'), 'User');
    await user.selectOptions(within(form).getByLabelText('Outcome'), 'Failed');
    await user.type(within(form).getByLabelText('From'), '2026-11-01');
    await user.type(within(form).getByLabelText('To'), '2026-11-30');
    await user.click(within(form).getByRole('button', { name: 'Apply filters' }));

    const search = new URLSearchParams(router.state.location.search);
    expect(Object.fromEntries(search)).toEqual({
      action: 'Login',
      entityType: 'User',
      outcome: 'Failed',
      from: '2026-11-01',
      to: '2026-11-30',
    });
    expect(await screen.findByText('No audit entries match these filters.')).toBeInTheDocument();
    const sent = lastQuery(api);
    expect(sent.get('action')).toBe('Login');
    expect(sent.get('entityType')).toBe('User');
    expect(sent.get('outcome')).toBe('Failed');
    expect(sent.get('from')).toBe('2026-11-01T00:00:00.000Z');
    expect(sent.get('to')).toBe('2026-11-30T23:59:59.999Z');
    expect(sent.get('page')).toBe('1');
  });

  it('reads filters from the URL on load', async () => {
    const api = auditApi([entry]);
    renderApp('/admin/audit?action=Register&outcome=Succeeded');
    await screen.findByRole('row', { name: /Login/ });
    expect(screen.getByLabelText('Action')).toHaveValue('Register');
    expect(screen.getByLabelText('Outcome')).toHaveValue('Succeeded');
    const sent = lastQuery(api);
    expect(sent.get('action')).toBe('Register');
    expect(sent.get('outcome')).toBe('Succeeded');
    expect(sent.has('from')).toBe(false);
  });
});
