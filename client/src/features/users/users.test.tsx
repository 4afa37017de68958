import { screen, within } from '@testing-library/react';
import type { ApiResult } from '../../api/types';
import type { HttpHandler } from 'msw';
import { admin, member, signIn } from '../../test/fixtures';
import { http } from '../../test/http';
import { meHandler, mockApi, mockDashboardApi } from '../../test/mock-api';
import { problem } from '../../test/problem';
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
    const api = mockApi(meHandler(member));
    renderApp('/admin/users');
    expect(await screen.findByRole('heading', { name: 'Not allowed' })).toBeInTheDocument();
    expect(api.calls('get', '/api/v1/identity/users')).toHaveLength(0);
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
    const api = mockApi(
      meHandler(admin),
      http.get('/api/v1/identity/users', ({ response }) =>
        response(200).json({ items: [current], page: 1, pageSize: 20, totalCount: 1 }),
      ),
      http.put('/api/v1/identity/users/{id}/roles', async ({ request, response }) => {
        const body = await request.json();
        if (!body) return response(400).json(...problem(400, 'Bad Request', { errors: {} }));
        current = { ...current, roles: body.roles };
        return response(200).json(current);
      }),
    );
    const { user, router } = renderApp('/admin/users');

    const row = await screen.findByRole('row', { name: /bob@example.test/ });
    expect(row).toHaveTextContent('Viewer');

    await user.type(screen.getByRole('searchbox', { name: 'Search users' }), 'bob');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(router.state.location.search).toBe('?search=bob');
    await screen.findByRole('row', { name: /bob@example.test/ });
    const searched = api.calls('get', '/api/v1/identity/users').at(-1);
    expect(new URL(searched?.url ?? 'http://x').searchParams.get('search')).toBe('bob');

    await user.click(screen.getByRole('button', { name: 'Edit roles of bob@example.test' }));
    const editor = screen.getByRole('group', { name: 'Roles of bob@example.test' });
    expect(within(editor).getByRole('checkbox', { name: 'Viewer' })).toBeChecked();
    await user.click(within(editor).getByRole('checkbox', { name: 'Advisor' }));
    await user.click(within(editor).getByRole('checkbox', { name: 'Viewer' }));
    await user.click(screen.getByRole('button', { name: 'Save roles' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Roles of bob@example.test saved.');
    const [put] = api.calls('put', '/api/v1/identity/users/{id}/roles', { id: bob.id });
    expect(await put?.json()).toEqual({ roles: ['Advisor'] });
    expect(await screen.findByRole('row', { name: /bob@example.test.*Advisor/ })).toBeInTheDocument();
  });
});

describe('deactivating users', () => {
  beforeEach(() => {
    signIn();
  });

  const grace: User = {
    ...bob,
    id: admin.id,
    email: 'grace@example.test',
    displayName: 'Grace Hopper',
    roles: ['Admin'],
  };

  /** `overrides` answer before the defaults, so a test can make one call fail. */
  function mockUsers(overrides: HttpHandler[], initial: User[] = [grace, bob]) {
    let users = initial;
    const setLocked = (id: string, isLockedOut: boolean) => {
      users = users.map((u) => (u.id === id ? { ...u, isLockedOut } : u));
      return users.find((u) => u.id === id);
    };
    return mockApi(
      ...overrides,
      meHandler(admin),
      http.get('/api/v1/identity/users', ({ response }) =>
        response(200).json({ items: users, page: 1, pageSize: 20, totalCount: users.length }),
      ),
      http.post('/api/v1/identity/users/{id}/deactivate', ({ params: { id }, response }) => {
        const user = setLocked(id, true);
        return user ? response(200).json(user) : response(404).json(...problem(404, 'Not Found'));
      }),
      http.post('/api/v1/identity/users/{id}/reactivate', ({ params: { id }, response }) => {
        const user = setLocked(id, false);
        return user ? response(200).json(user) : response(404).json(...problem(404, 'Not Found'));
      }),
    );
  }

  it('deactivates a user after confirmation', async () => {
    const api = mockUsers([]);
    const { user } = renderApp('/admin/users');

    const row = await screen.findByRole('row', { name: /bob@example.test/ });
    expect(row).toHaveTextContent('Active');
    await user.click(within(row).getByRole('button', { name: 'Deactivate bob@example.test' }));
    expect(api.calls('post', '/api/v1/identity/users/{id}/deactivate', { id: bob.id })).toHaveLength(0);
    const confirm = within(row).getByRole('group', { name: 'Confirm deactivating bob@example.test' });
    await user.click(within(confirm).getByRole('button', { name: 'Yes, deactivate' }));

    expect(await screen.findByRole('status')).toHaveTextContent('bob@example.test deactivated.');
    expect(api.calls('post', '/api/v1/identity/users/{id}/deactivate', { id: bob.id })).toHaveLength(1);
    const updated = await screen.findByRole('row', { name: /bob@example.test.*Deactivated/ });
    expect(within(updated).getByRole('button', { name: 'Reactivate bob@example.test' })).toBeInTheDocument();
  });

  it('reactivates a deactivated user', async () => {
    const api = mockUsers([], [grace, { ...bob, isLockedOut: true }]);
    const { user } = renderApp('/admin/users');

    const row = await screen.findByRole('row', { name: /bob@example.test/ });
    expect(row).toHaveTextContent('Deactivated');
    expect(
      within(row).queryByRole('button', { name: 'Deactivate bob@example.test' }),
    ).not.toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Reactivate bob@example.test' }));

    expect(await screen.findByRole('status')).toHaveTextContent('bob@example.test reactivated.');
    expect(api.calls('post', '/api/v1/identity/users/{id}/reactivate', { id: bob.id })).toHaveLength(1);
    expect(await screen.findByRole('row', { name: /bob@example.test.*Active/ })).toBeInTheDocument();
  });

  it('offers no Deactivate on the signed-in admin’s own row', async () => {
    mockUsers([]);
    renderApp('/admin/users');

    const bobRow = await screen.findByRole('row', { name: /bob@example.test/ });
    expect(within(bobRow).getByRole('button', { name: 'Deactivate bob@example.test' })).toBeInTheDocument();
    const ownRow = screen.getByRole('row', { name: /grace@example.test/ });
    expect(ownRow).toHaveTextContent('Active');
    expect(within(ownRow).queryByRole('button', { name: /Deactivate/ })).not.toBeInTheDocument();
    expect(
      within(ownRow).getByRole('button', { name: 'Edit roles of grace@example.test' }),
    ).toBeInTheDocument();
  });

  it('shows the problem when deactivation is refused', async () => {
    mockUsers([
      http.post('/api/v1/identity/users/{id}/deactivate', ({ response }) =>
        response(409).json(
          ...problem(409, 'Conflict', {
            code: 'user.self_deactivation',
            detail: 'You cannot deactivate your own account.',
          }),
        ),
      ),
    ]);
    const { user } = renderApp('/admin/users');

    const row = await screen.findByRole('row', { name: /bob@example.test/ });
    await user.click(within(row).getByRole('button', { name: 'Deactivate bob@example.test' }));
    await user.click(within(row).getByRole('button', { name: 'Yes, deactivate' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not deactivate the user.');
    expect(alert).toHaveTextContent('You cannot deactivate your own account.');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.getByRole('row', { name: /bob@example.test/ })).toHaveTextContent('Active');
  });
});
