import { screen, within } from '@testing-library/react';
import { admin, member, signIn } from '../../test/fixtures';
import { http } from '../../test/http';
import { meHandler, mockApi, mockDashboardApi } from '../../test/mock-api';
import { problem, validationProblem } from '../../test/problem';
import { renderApp } from '../../test/render';
import type {
  CreateWebhookEndpointBody,
  UpdateWebhookEndpointBody,
  WebhookEndpoint,
} from './api/use-webhook-endpoints';

const LIST = '/api/v1/billing/webhook-endpoints';
const ONE = '/api/v1/billing/webhook-endpoints/{id}';
const ROTATE = '/api/v1/billing/webhook-endpoints/{id}/rotate-secret';
const SECRET = 'whsec_3q2+7w4Zr9XQ1v8KcT0pLm5sNb6yHfGd2aE4uJ7iO1k=';
const NEW_SECRET = 'whsec_9z8Y7x6W5v4U3t2S1r0QpOnMlKjIhGfEdCbA1234567=';

const accounting: WebhookEndpoint = {
  id: '0193c1e2-0000-7000-8000-0000000000a1',
  url: 'https://hooks.example.com/accounting',
  description: 'Bookkeeping',
  eventTypes: ['invoice.finalized', 'invoice.paid'],
  enabled: true,
  disabledReason: null,
  createdAt: '2026-11-02T09:30:00Z',
  previousSecretExpiresAt: null,
  version: 2,
};
const gone: WebhookEndpoint = {
  ...accounting,
  id: '0193c1e2-0000-7000-8000-0000000000a2',
  url: 'https://old.example.com/hooks',
  description: null,
  eventTypes: [],
  enabled: false,
  disabledReason: 'The receiver answered 410 Gone on 2026-11-20 10:00 UTC.',
};

/** An API of endpoints kept in memory: what the page sends changes what it reads next. */
function endpointsApi(initial: WebhookEndpoint[] = [accounting, gone]) {
  let endpoints = [...initial];
  const save = (e: WebhookEndpoint) => {
    endpoints = endpoints.map((x) => (x.id === e.id ? e : x));
    return e;
  };
  return mockApi(
    meHandler(admin),
    http.get(LIST, ({ response }) => response(200).json({ endpoints })),
    http.post(LIST, async ({ request, response }) => {
      const body = await request.json();
      const created: WebhookEndpoint = {
        ...accounting,
        id: '0193c1e2-0000-7000-8000-0000000000a3',
        url: body?.url ?? '',
        description: body?.description ?? null,
        eventTypes: body?.eventTypes ?? [],
        createdAt: '2026-12-01T10:00:00Z',
        version: 0,
      };
      endpoints = [...endpoints, created];
      return response(201).json({ endpoint: created, secret: SECRET, id: created.id });
    }),
    http.put(ONE, async ({ params, request, response }) => {
      const body = await request.json();
      const current = endpoints.find((e) => e.id === params.id);
      if (!current || !body) return response(404).json(...problem(404, 'Not found.'));
      const { url, description = null, eventTypes = [], enabled } = body;
      const saved = { ...current, url, description, eventTypes: eventTypes ?? [], enabled };
      return response(200).json(save({ ...saved, version: current.version + 1 }));
    }),
    http.delete(ONE, ({ params, response }) => {
      endpoints = endpoints.filter((e) => e.id !== params.id);
      return response(204).empty();
    }),
    http.post(ROTATE, ({ params, response }) => {
      const current = endpoints.find((e) => e.id === params.id) ?? accounting;
      const rotated = save({ ...current, previousSecretExpiresAt: '2026-12-02T10:00:00Z' });
      return response(200).json({ endpoint: rotated, secret: NEW_SECRET, id: rotated.id });
    }),
  );
}

const rowOf = (url: string) => screen.findByRole('row', { name: new RegExp(url.replaceAll('.', '\\.')) });

const sentBody = async <T,>(request: Request | undefined) => (await request?.json()) as T;

describe('webhooks page', () => {
  beforeEach(() => {
    signIn();
  });

  it('lists the endpoints: URL, description, event types, status and creation', async () => {
    endpointsApi();
    renderApp('/billing/webhooks');

    expect(await screen.findByRole('heading', { level: 1, name: 'Webhooks' })).toBeInTheDocument();
    const first = await rowOf(accounting.url);
    expect(first).toHaveTextContent('Bookkeeping');
    expect(first).toHaveTextContent('invoice.finalized, invoice.paid');
    expect(first).toHaveTextContent('Enabled');
    expect(first).toHaveTextContent('Nov 2, 2026');
    const second = await rowOf(gone.url);
    expect(second).toHaveTextContent('All events');
    expect(second).toHaveTextContent('Disabled');
    expect(second).toHaveTextContent('410 Gone');
    expect(within(second).getByRole('link', { name: `Deliveries to ${gone.url}` })).toHaveAttribute(
      'href',
      `/billing/webhooks/${gone.id}`,
    );
  });

  it('says so when there is no endpoint', async () => {
    endpointsApi([]);
    renderApp('/billing/webhooks');
    expect(await screen.findByText('No endpoints yet. Add one above.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('adds an endpoint and shows its secret once, then forgets it', async () => {
    const api = endpointsApi([]);
    const { user } = renderApp('/billing/webhooks');
    await screen.findByText('No endpoints yet. Add one above.');
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });

    await user.type(screen.getByLabelText('URL'), 'https://hooks.example.com/cleanplatform');
    await user.type(screen.getByLabelText('Description (optional)'), 'Accounting sync');
    await user.click(screen.getByRole('checkbox', { name: 'invoice.paid' }));
    await user.click(screen.getByRole('button', { name: 'Add endpoint' }));

    const dialog = await screen.findByRole('dialog', { name: 'Endpoint added' });
    expect(within(dialog).getByRole('textbox', { name: 'Signing secret' })).toHaveValue(SECRET);
    expect(within(dialog).getByRole('textbox', { name: 'Signing secret' })).toHaveAttribute('readonly');
    expect(dialog).toHaveTextContent('won’t be shown again');
    expect(await sentBody<CreateWebhookEndpointBody>(api.calls('post', LIST)[0])).toEqual({
      url: 'https://hooks.example.com/cleanplatform',
      description: 'Accounting sync',
      eventTypes: ['invoice.paid'],
    });

    await user.click(within(dialog).getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(SECRET);
    expect(await within(dialog).findByRole('status')).toHaveTextContent('Signing secret copied');
    expect(await rowOf('https://hooks.example.com/cleanplatform')).toHaveTextContent('invoice.paid');
    expect(screen.getByLabelText('URL')).toHaveValue('');

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(SECRET);
  });

  it('sends no event types for every event, and no description when left empty', async () => {
    const api = endpointsApi([]);
    const { user } = renderApp('/billing/webhooks');

    await user.type(await screen.findByLabelText('URL'), 'https://hooks.example.com/all');
    expect(screen.getByRole('group', { name: 'Event types' })).toHaveAccessibleDescription(
      'Choose none to receive every event type.',
    );
    await user.click(screen.getByRole('button', { name: 'Add endpoint' }));

    await screen.findByRole('dialog', { name: 'Endpoint added' });
    expect(await sentBody<CreateWebhookEndpointBody>(api.calls('post', LIST)[0])).toEqual({
      url: 'https://hooks.example.com/all',
      description: null,
      eventTypes: [],
    });
  });

  it('asks for a URL before sending anything', async () => {
    const api = endpointsApi([]);
    const { user } = renderApp('/billing/webhooks');

    await user.click(await screen.findByRole('button', { name: 'Add endpoint' }));

    expect(await screen.findByLabelText('URL')).toHaveAccessibleDescription(
      expect.stringContaining('Enter the URL events are posted to.'),
    );
    expect(api.calls('post', LIST)).toHaveLength(0);
  });

  it('puts the API’s problem with the URL next to the URL field, and shows no secret', async () => {
    const message = 'The URL must be absolute https (http only to this machine), without user information.';
    endpointsApi([]);
    // Added last, so it answers before the in-memory API.
    mockApi(http.post(LIST, ({ response }) => response(400).json(...validationProblem({ url: [message] }))));
    const { user } = renderApp('/billing/webhooks');

    const url = await screen.findByLabelText('URL');
    await user.type(url, 'http://hooks.example.com/plain');
    await user.click(screen.getByRole('button', { name: 'Add endpoint' }));

    await vi.waitFor(() => {
      expect(url).toHaveAccessibleDescription(expect.stringContaining(message));
    });
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Description (optional)')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('alert')).toHaveTextContent('Could not add the endpoint.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('offers no new endpoint once the organization has 16', async () => {
    const many = Array.from({ length: 16 }, (_, i) => ({
      ...accounting,
      id: `0193c1e2-0000-7000-8000-${String(i).padStart(12, '0')}`,
      url: `https://hooks.example.com/${String(i)}`,
    }));
    endpointsApi(many);
    renderApp('/billing/webhooks');

    expect(await screen.findByText(/has 16 endpoints, the most it can have/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add endpoint' })).not.toBeInTheDocument();
  });

  it('edits an endpoint at the version read: URL, event types, and turning it off', async () => {
    const api = endpointsApi();
    const { user } = renderApp('/billing/webhooks');

    await user.click(
      within(await rowOf(accounting.url)).getByRole('button', { name: `Edit ${accounting.url}` }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Edit endpoint' });
    const url = within(dialog).getByLabelText('URL');
    expect(url).toHaveValue(accounting.url);
    expect(within(dialog).getByRole('checkbox', { name: 'invoice.paid' })).toBeChecked();
    await user.clear(url);
    await user.type(url, 'https://hooks.example.com/books');
    await user.click(within(dialog).getByRole('checkbox', { name: 'invoice.finalized' }));
    await user.click(within(dialog).getByRole('checkbox', { name: /Enabled/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Endpoint https://hooks.example.com/books saved.',
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const [put] = api.calls('put', ONE, { id: accounting.id });
    expect(await sentBody<UpdateWebhookEndpointBody>(put)).toEqual({
      url: 'https://hooks.example.com/books',
      description: 'Bookkeeping',
      eventTypes: ['invoice.paid'],
      enabled: false,
      version: 2,
    });
    expect(await rowOf('https://hooks.example.com/books')).toHaveTextContent('Disabled');
  });

  it('says an endpoint changed since it was read, and starts the form again from what is stored', async () => {
    let reads = 0;
    mockApi(
      meHandler(admin),
      http.get(LIST, ({ response }) =>
        response(200).json({
          endpoints: [reads++ === 0 ? accounting : { ...accounting, description: 'Renamed', version: 3 }],
        }),
      ),
      http.put(ONE, ({ response }) =>
        response(409).json(
          ...problem(409, 'Conflict.', {
            code: 'webhook_endpoint.version_mismatch',
            detail: 'The endpoint is at version 3, not 2: reload it and try again.',
          }),
        ),
      ),
    );
    const { user } = renderApp('/billing/webhooks');

    await user.click(await screen.findByRole('button', { name: `Edit ${accounting.url}` }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const dialog = screen.getByRole('dialog', { name: 'Edit endpoint' });
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('reload it and try again');
    expect(await within(dialog).findByDisplayValue('Renamed')).toBeInTheDocument();
  });

  it('rotates a secret after confirmation, and shows the new one once with the 24-hour rollover', async () => {
    const api = endpointsApi();
    const { user } = renderApp('/billing/webhooks');
    const row = await rowOf(accounting.url);

    await user.click(within(row).getByRole('button', { name: `Rotate secret of ${accounting.url}` }));
    expect(api.calls('post', ROTATE, { id: accounting.id })).toHaveLength(0);
    const confirm = within(row).getByRole('group', {
      name: `Confirm rotating the secret of ${accounting.url}`,
    });
    await user.click(within(confirm).getByRole('button', { name: 'Yes, rotate' }));

    const dialog = await screen.findByRole('dialog', { name: 'New signing secret' });
    expect(within(dialog).getByRole('textbox', { name: 'Signing secret' })).toHaveValue(NEW_SECRET);
    expect(dialog).toHaveTextContent('won’t be shown again');
    expect(dialog).toHaveTextContent('The previous secret stays valid for 24 hours');
    expect(api.calls('post', ROTATE, { id: accounting.id })).toHaveLength(1);
    expect(await rowOf(accounting.url)).toHaveTextContent('Previous secret valid until Dec 2, 2026');

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(document.body).not.toHaveTextContent(NEW_SECRET);
  });

  it('shows the API’s problem when a rotation fails', async () => {
    endpointsApi();
    mockApi(
      http.post(ROTATE, ({ response }) =>
        response(404).json(...problem(404, 'Not found.', { detail: 'No WebhookEndpoint has this id.' })),
      ),
    );
    const { user } = renderApp('/billing/webhooks');

    await user.click(await screen.findByRole('button', { name: `Rotate secret of ${accounting.url}` }));
    await user.click(screen.getByRole('button', { name: 'Yes, rotate' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not rotate the secret.');
    expect(alert).toHaveTextContent('No WebhookEndpoint has this id.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('deletes an endpoint after confirmation; cancelling deletes nothing', async () => {
    const api = endpointsApi();
    const { user } = renderApp('/billing/webhooks');
    const row = await rowOf(gone.url);

    await user.click(within(row).getByRole('button', { name: `Delete ${gone.url}` }));
    await user.click(within(row).getByRole('button', { name: 'Cancel' }));
    expect(api.calls('delete', ONE, { id: gone.id })).toHaveLength(0);

    await user.click(within(row).getByRole('button', { name: `Delete ${gone.url}` }));
    const confirm = within(row).getByRole('group', { name: `Confirm deleting ${gone.url}` });
    await user.click(within(confirm).getByRole('button', { name: 'Yes, delete' }));

    expect(await screen.findByRole('status')).toHaveTextContent(`Endpoint ${gone.url} deleted.`);
    expect(api.calls('delete', ONE, { id: gone.id })).toHaveLength(1);
    await vi.waitFor(() => {
      expect(screen.queryByRole('row', { name: /old\.example\.com/ })).not.toBeInTheDocument();
    });
    expect(await rowOf(accounting.url)).toBeInTheDocument();
  });

  it('shows the nav entry to Admins', async () => {
    mockDashboardApi(admin);
    renderApp('/');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Webhooks' })).toHaveAttribute(
      'href',
      '/billing/webhooks',
    );
  });

  it('is for Admins only: no nav entry for a Member, and no request', async () => {
    mockDashboardApi(member);
    renderApp('/');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Pricing' })).toBeInTheDocument();
    await screen.findByRole('region', { name: 'Ada Lovelace' });
    expect(within(nav).queryByRole('link', { name: 'Webhooks' })).not.toBeInTheDocument();
  });

  it('blocks the page for a Member without asking the API', async () => {
    const api = mockApi(meHandler(member));
    renderApp('/billing/webhooks');
    expect(await screen.findByRole('heading', { name: 'Not allowed' })).toBeInTheDocument();
    expect(api.calls('get', LIST)).toHaveLength(0);
  });
});
