import { screen, within } from '@testing-library/react';
import { admin, signIn } from '../../test/fixtures';
import { http } from '../../test/http';
import { meHandler, mockApi } from '../../test/mock-api';
import { problem } from '../../test/problem';
import { renderApp } from '../../test/render';
import type { WebhookDelivery } from './api/use-webhook-deliveries';
import type { WebhookEndpoint } from './api/use-webhook-endpoints';

const LIST = '/api/v1/billing/webhook-endpoints';
const DELIVERIES = '/api/v1/billing/webhook-endpoints/{id}/deliveries';
const REPLAY = '/api/v1/billing/webhook-endpoints/deliveries/{deliveryId}/replay';

const endpoint: WebhookEndpoint = {
  id: '0193c1e2-0000-7000-8000-0000000000a1',
  url: 'https://hooks.example.com/accounting',
  description: null,
  eventTypes: [],
  enabled: true,
  disabledReason: null,
  createdAt: '2026-11-02T09:30:00Z',
  previousSecretExpiresAt: null,
  version: 0,
};

const HOUR = 3_600_000;
const hoursAgo = (h: number) => new Date(Date.now() - h * HOUR).toISOString();

const failed: WebhookDelivery = {
  id: '0193c1e2-0000-7000-8000-0000000000d1',
  eventId: '0193c1e2-0000-7000-8000-0000000000e1',
  eventType: 'invoice.paid',
  status: 'Failed',
  attempts: 20,
  createdAt: hoursAgo(80),
  lastAttemptAt: hoursAgo(8),
  lastStatusCode: 500,
  lastError: null,
  nextAttemptAt: null,
  succeededAt: null,
};
const pending: WebhookDelivery = {
  ...failed,
  id: '0193c1e2-0000-7000-8000-0000000000d2',
  eventId: '0193c1e2-0000-7000-8000-0000000000e2',
  eventType: 'invoice.finalized',
  status: 'Pending',
  attempts: 2,
  createdAt: hoursAgo(1),
  lastStatusCode: null,
  lastError: 'The receiver did not answer within 10 seconds.',
  nextAttemptAt: '2030-01-01T10:00:00Z',
};
const succeeded: WebhookDelivery = {
  ...failed,
  id: '0193c1e2-0000-7000-8000-0000000000d3',
  eventId: '0193c1e2-0000-7000-8000-0000000000e3',
  status: 'Succeeded',
  attempts: 1,
  lastStatusCode: 200,
  succeededAt: '2026-11-30T10:00:00Z',
};
const tooOld: WebhookDelivery = {
  ...failed,
  id: '0193c1e2-0000-7000-8000-0000000000d4',
  eventId: '0193c1e2-0000-7000-8000-0000000000e4',
  createdAt: hoursAgo(31 * 24),
};

/** The endpoint, and its log answered page by page (of the status asked for) from `deliveries`. */
function deliveriesApi(deliveries: WebhookDelivery[] = [pending, failed, succeeded, tooOld]) {
  return mockApi(
    meHandler(admin),
    http.get(LIST, ({ response }) => response(200).json({ endpoints: [endpoint] })),
    http.get(DELIVERIES, ({ params, query, response }) => {
      if (params.id !== endpoint.id)
        return response(404).json(
          ...problem(404, 'Not found.', { detail: 'No WebhookEndpoint has this id.' }),
        );
      const status = query.get('status');
      const matching = status ? deliveries.filter((d) => d.status === status) : deliveries;
      const page = Number(query.get('page') ?? 1);
      const pageSize = Number(query.get('pageSize') ?? 25);
      const items = matching.slice((page - 1) * pageSize, page * pageSize);
      return response(200).json({ items, page, pageSize, totalCount: matching.length });
    }),
    http.post(REPLAY, ({ response }) => response(202).empty()),
  );
}

const rowOf = (delivery: WebhookDelivery) => screen.findByRole('row', { name: new RegExp(delivery.eventId) });
const replayOf = (d: WebhookDelivery) => `Replay ${d.eventType} ${d.eventId}`;

describe('webhook delivery log', () => {
  beforeEach(() => {
    signIn();
  });

  it('opens from the endpoint’s row and lists its deliveries with their attempts and last answer', async () => {
    deliveriesApi();
    const { user, router } = renderApp('/billing/webhooks');

    await user.click(await screen.findByRole('link', { name: `Deliveries to ${endpoint.url}` }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Delivery log' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/billing/webhooks/${endpoint.id}`);
    expect(await screen.findByText(endpoint.url)).toBeInTheDocument();
    const first = await rowOf(pending);
    expect(first).toHaveTextContent('invoice.finalized');
    expect(first).toHaveTextContent('Pending');
    expect(first).toHaveTextContent('The receiver did not answer within 10 seconds.');
    expect(first).toHaveTextContent('Jan 1, 2030');
    const second = await rowOf(failed);
    expect(second).toHaveTextContent('Failed');
    expect(second).toHaveTextContent('20');
    expect(second).toHaveTextContent('HTTP 500');

    await user.click(screen.getByRole('link', { name: 'Back to the webhooks' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Webhooks' })).toBeInTheDocument();
  });

  it('offers a replay only where the API takes one: not once it succeeded, nor after 30 days', async () => {
    deliveriesApi();
    renderApp(`/billing/webhooks/${endpoint.id}`);

    expect(within(await rowOf(pending)).getByRole('button', { name: replayOf(pending) })).toBeEnabled();
    expect(within(await rowOf(failed)).getByRole('button', { name: replayOf(failed) })).toBeEnabled();
    expect(within(await rowOf(succeeded)).queryByRole('button')).not.toBeInTheDocument();
    expect(within(await rowOf(tooOld)).queryByRole('button')).not.toBeInTheDocument();
  });

  it('replays a failed delivery and says it will be posted again', async () => {
    const api = deliveriesApi();
    const { user } = renderApp(`/billing/webhooks/${endpoint.id}`);

    await user.click(await screen.findByRole('button', { name: replayOf(failed) }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      `The invoice.paid event ${failed.eventId} will be posted again within seconds.`,
    );
    expect(api.calls('post', REPLAY, { deliveryId: failed.id })).toHaveLength(1);
    await vi.waitFor(() => {
      expect(api.calls('get', DELIVERIES, { id: endpoint.id })).toHaveLength(2);
    });
  });

  it('shows the API’s problem when it refuses a replay', async () => {
    deliveriesApi();
    mockApi(
      http.post(REPLAY, ({ response }) =>
        response(422).json(
          ...problem(422, 'The request breaks a business rule.', {
            code: 'webhook_delivery.too_old',
            detail: 'A delivery can be replayed for 30 days.',
          }),
        ),
      ),
    );
    const { user } = renderApp(`/billing/webhooks/${endpoint.id}`);

    await user.click(await screen.findByRole('button', { name: replayOf(failed) }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not replay the delivery.');
    expect(alert).toHaveTextContent('A delivery can be replayed for 30 days.');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('turns the pages and filters by status through the URL and the API', async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({
      ...failed,
      id: `0193c1e2-0000-7000-8000-1${String(i).padStart(11, '0')}`,
      eventId: `0193c1e2-0000-7000-8000-2${String(i).padStart(11, '0')}`,
    }));
    const api = deliveriesApi([pending, ...many]);
    const { user, router } = renderApp(`/billing/webhooks/${endpoint.id}`);

    expect(await screen.findByText('Page 1 of 2 (31 total)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Page 2 of 2 (31 total)')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?page=2');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Pending');
    expect(await screen.findByText('Page 1 of 1 (1 total)')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?status=Pending');
    const last = new URL(api.calls('get', DELIVERIES, { id: endpoint.id }).at(-1)?.url ?? 'http://x');
    expect(last.searchParams.get('status')).toBe('Pending');
    expect(last.searchParams.get('page')).toBe('1');
  });

  it('says so when nothing was posted yet', async () => {
    deliveriesApi([]);
    renderApp(`/billing/webhooks/${endpoint.id}`);
    expect(
      await screen.findByText('Nothing posted to this endpoint yet: events appear here as they are sent.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says there is no such endpoint on a 404, with a way back', async () => {
    deliveriesApi();
    renderApp('/billing/webhooks/0193c1e2-0000-7000-8000-0000000000ff');
    expect(await screen.findByRole('heading', { level: 1, name: 'No such endpoint' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the webhooks' })).toHaveAttribute(
      'href',
      '/billing/webhooks',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
