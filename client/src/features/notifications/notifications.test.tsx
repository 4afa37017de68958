import { screen, within } from '@testing-library/react';
import type { ApiResult } from '../../api/types';
import { admin, signIn } from '../../test/fixtures';
import { http } from '../../test/http';
import { meHandler, mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render';

type Page = ApiResult<'/api/v1/platform/notifications', 'get'>;

const joined: Page['items'][number] = {
  id: '66666666-6666-6666-6666-666666666666',
  createdAt: '2026-11-20T09:30:00Z',
  message: 'ada@example.test accepted your invitation and joined as Viewer.',
};

function notificationsApi(page: Page) {
  return mockApi(
    meHandler(admin),
    http.get('/api/v1/platform/notifications', ({ response }) => response(200).json(page)),
  );
}

describe('notifications page', () => {
  beforeEach(() => {
    signIn();
  });

  it('lists what the member was told, with when', async () => {
    notificationsApi({ items: [joined], page: 1, pageSize: 20, totalCount: 1 });
    renderApp('/notifications');

    const list = await screen.findByRole('list', { name: 'Notifications' });
    const item = within(list).getByRole('listitem');
    expect(item).toHaveTextContent('ada@example.test accepted your invitation and joined as Viewer.');
    expect(item).toHaveTextContent('Nov 20, 2026');
  });

  it('says so when there is nothing yet', async () => {
    notificationsApi({ items: [], page: 1, pageSize: 20, totalCount: 0 });
    renderApp('/notifications');

    expect(await screen.findByText(/Nothing yet/)).toBeInTheDocument();
  });

  it('asks the API for the page in the address', async () => {
    const api = notificationsApi({ items: [joined], page: 3, pageSize: 20, totalCount: 41 });
    renderApp('/notifications?page=3');

    await screen.findByRole('list', { name: 'Notifications' });
    const query = new URL(api.calls('get', '/api/v1/platform/notifications').at(-1)?.url ?? 'http://x')
      .searchParams;
    expect(query.get('page')).toBe('3');
    expect(query.get('pageSize')).toBe('20');
  });

  it('is in the main navigation for every member', async () => {
    notificationsApi({ items: [], page: 1, pageSize: 20, totalCount: 0 });
    renderApp('/notifications');

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(nav).toHaveTextContent('Notifications');
  });
});
