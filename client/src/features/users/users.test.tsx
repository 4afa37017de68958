import { screen, within } from '@testing-library/react';
import type { ApiResult } from '../../api/types';
import { admin, json, member, mockApi, mockDashboardApi, signIn } from '../../test/mock-api';
import { renderApp } from '../../test/render';

type User = ApiResult<'/api/v1/identity/users', 'get'>['items'][number];

const bob: User = {
  id: '33333333-3333-3333-3333-333333333333',
  email: 'bob@example.test',
  displayName: 'Bob',
  roles: ['Viewer'],
  organizationId: '22222222-2222-2222-2222-222222222222',
  organizationName: 'Analytical Engines',
  isLockedOut: false,
  createdAt: '2026-09-01T00:00:00Z',
};

describe('admin guard', () => {
  beforeEach(() => {
    signIn();
  });

  it('hides admin navigation from non-admins', async () => {
    mockDashboardApi(member);
    renderApp('/');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'API keys' })).toBeInTheDocument();
    await screen.findByRole('region', { name: 'Ada Lovelace' });
    expect(within(nav).queryByRole('link', { name: 'Users' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Audit log' })).not.toBeInTheDocument();
  });

  it('blocks admin routes for non-admins without calling admin endpoints', async () => {
    const api = mockApi({ 'GET /api/v1/identity/me': () => json(200, member) });
    renderApp('/admin/users');
    expect(await screen.findByRole('heading', { name: 'Not allowed' })).toBeInTheDocument();
    expect(api.calls('GET', '/api/v1/identity/users')).toHaveLength(0);
  });

  it('shows admin navigation to admins', async () => {
    mockDashboardApi(admin);
    renderApp('/');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Users' })).toHaveAttribute('href', '/admin/users');
    expect(within(nav).getByRole('link', { name: 'Audit log' })).toHaveAttribute('href', '/admin/audit');
  });
});

describe('users page', () => {
  beforeEach(() => {
    signIn();
  });

  it('searches through the URL and edits roles', async () => {
    let current = bob;
    const api = mockApi({
      'GET /api/v1/identity/me': () => json(200, admin),
      'GET /api/v1/identity/users': () =>
        json(200, { items: [current], page: 1, pageSize: 20, totalCount: 1 }),
      'PUT /api/v1/identity/users/{id}/roles': async (req) => {
        const body = (await req.json()) as { roles: string[] };
        current = { ...current, roles: body.roles };
        return json(200, current);
      },
    });
    const { user, router } = renderApp('/admin/users');

    const row = await screen.findByRole('row', { name: /bob@example.test/ });
    expect(row).toHaveTextContent('Viewer');

    await user.type(screen.getByRole('searchbox', { name: 'Search users' }), 'bob');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(router.state.location.search).toBe('?search=bob');
    await screen.findByRole('row', { name: /bob@example.test/ });
    const searched = api.calls('GET', '/api/v1/identity/users').at(-1);
    expect(new URL(searched?.url ?? 'http://x').searchParams.get('search')).toBe('bob');

    await user.click(screen.getByRole('button', { name: 'Edit roles of bob@example.test' }));
    const editor = screen.getByRole('group', { name: 'Roles of bob@example.test' });
    expect(within(editor).getByRole('checkbox', { name: 'Viewer' })).toBeChecked();
    await user.click(within(editor).getByRole('checkbox', { name: 'Advisor' }));
    await user.click(within(editor).getByRole('checkbox', { name: 'Viewer' }));
    await user.click(screen.getByRole('button', { name: 'Save roles' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Roles of bob@example.test saved.');
    const [put] = api.calls('PUT', `/api/v1/identity/users/${bob.id}/roles`);
    expect(await put?.json()).toEqual({ roles: ['Advisor'] });
    expect(await screen.findByRole('row', { name: /bob@example.test.*Advisor/ })).toBeInTheDocument();
  });
});
