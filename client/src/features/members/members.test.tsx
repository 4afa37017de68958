import { screen, within } from '@testing-library/react';
import type { ApiResult } from '../../api/types';
import { admin, member, signIn } from '../../test/fixtures';
import { http } from '../../test/http';
import { meHandler, mockApi, mockDashboardApi } from '../../test/mock-api';
import { problem, validationProblem } from '../../test/problem';
import { renderApp } from '../../test/render';

type Invitation = ApiResult<'/api/v1/identity/invitations', 'get'>['items'][number];

const pending: Invitation = {
  id: 'bbbbbbbb-0000-0000-0000-000000000001',
  email: 'carol@example.test',
  role: 'Advisor',
  status: 'Pending',
  createdAt: '2026-11-20T09:00:00Z',
  expiresAt: '2026-11-27T09:00:00Z',
  acceptedAt: null,
};

const accepted: Invitation = {
  id: 'bbbbbbbb-0000-0000-0000-000000000002',
  email: 'dave@example.test',
  role: 'Member',
  status: 'Accepted',
  createdAt: '2026-11-01T09:00:00Z',
  expiresAt: '2026-11-08T09:00:00Z',
  acceptedAt: '2026-11-02T09:00:00Z',
};

function invitationsApi(initial: Invitation[]) {
  let invitations = [...initial];
  return mockApi(
    meHandler(admin),
    http.get('/api/v1/identity/invitations', ({ response }) =>
      response(200).json({ items: invitations, page: 1, pageSize: 20, totalCount: invitations.length }),
    ),
    http.post('/api/v1/identity/invitations', async ({ request, response }) => {
      const body = await request.json();
      if (!body) return response(400).json(...problem(400, 'Bad Request', { errors: {} }));
      if (body.email === 'ada@example.test')
        return response(409).json(
          ...problem(409, 'Conflict', { detail: 'An account with this e-mail already exists.' }),
        );
      const created: Invitation = {
        id: 'bbbbbbbb-0000-0000-0000-000000000003',
        email: body.email,
        role: body.role,
        status: 'Pending',
        createdAt: '2026-11-25T10:00:00Z',
        expiresAt: '2026-12-02T10:00:00Z',
        acceptedAt: null,
      };
      invitations = [created, ...invitations];
      return response(201).json({ invitation: created, token: 'inv-t0ken-value' });
    }),
    http.delete('/api/v1/identity/invitations/{id}', ({ params: { id }, response }) => {
      const invitation = invitations.find((i) => i.id === id);
      if (!invitation) return response(404).json(...problem(404, 'Not Found'));
      if (invitation.status !== 'Pending')
        return response(422).json(
          ...problem(422, 'Unprocessable Entity', { detail: 'The invitation was already accepted.' }),
        );
      invitations = invitations.map((i) => (i.id === id ? { ...i, status: 'Revoked' } : i));
      return response(204).empty();
    }),
  );
}

describe('members page', () => {
  beforeEach(() => {
    signIn();
  });

  it('lists invitations, offering Withdraw only for pending ones', async () => {
    invitationsApi([pending, accepted]);
    renderApp('/admin/members');
    const row = await screen.findByRole('row', { name: /carol@example.test/ });
    expect(row).toHaveTextContent('Advisor');
    expect(row).toHaveTextContent('Pending');
    expect(row).toHaveTextContent('Nov 20, 2026');
    expect(row).toHaveTextContent('Nov 27, 2026');
    expect(
      within(row).getByRole('button', { name: 'Withdraw invitation for carol@example.test' }),
    ).toBeEnabled();
    const done = screen.getByRole('row', { name: /dave@example.test/ });
    expect(done).toHaveTextContent('Accepted');
    expect(within(done).queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows an empty state', async () => {
    invitationsApi([]);
    renderApp('/admin/members');
    expect(await screen.findByText(/No invitations yet/)).toBeInTheDocument();
  });

  it('shows a problem when the list fails to load', async () => {
    mockApi(
      meHandler(admin),
      http.get('/api/v1/identity/invitations', ({ response }) =>
        response(500).json(...problem(500, 'Internal Server Error')),
      ),
    );
    renderApp('/admin/members');
    expect(await screen.findByRole('alert')).toHaveTextContent('Internal Server Error');
  });

  it('shows the invitation link once after inviting, then forgets it', async () => {
    const api = invitationsApi([]);
    const { user } = renderApp('/admin/members');
    await screen.findByText(/No invitations yet/);
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });

    const form = screen.getByRole('form', { name: 'Invite a member' });
    expect(within(form).getByRole('combobox', { name: 'Role' })).toHaveValue('Member');
    await user.type(within(form).getByLabelText('Email'), 'erin@example.test');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Role' }), 'Viewer');
    await user.click(within(form).getByRole('button', { name: 'Send invitation' }));

    const link = `${window.location.origin}/register?invitation=inv-t0ken-value`;
    const dialog = await screen.findByRole('dialog', { name: 'erin@example.test invited as Viewer' });
    expect(within(dialog).getByLabelText('Invitation link')).toHaveValue(link);
    expect(dialog).toHaveTextContent('shown only once');
    expect(dialog).toHaveTextContent('valid for 7 days');
    const [post] = api.calls('post', '/api/v1/identity/invitations');
    expect(await post?.json()).toEqual({ email: 'erin@example.test', role: 'Viewer' });

    await user.click(within(dialog).getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(link);
    expect(await within(dialog).findByRole('status')).toHaveTextContent('Invitation link copied');

    // The list is refreshed and the form is cleared for the next invitation.
    expect(
      await screen.findByRole('row', { name: /erin@example.test.*Viewer.*Pending/ }),
    ).toBeInTheDocument();
    const fresh = screen.getByRole('form', { name: 'Invite a member' });
    expect(within(fresh).getByLabelText('Email')).toHaveValue('');
    expect(within(fresh).getByRole('combobox', { name: 'Role' })).toHaveValue('Member');

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('inv-t0ken-value');
    expect(screen.queryByDisplayValue(link)).not.toBeInTheDocument();
  });

  it('shows the problem when an account with the e-mail already exists', async () => {
    invitationsApi([]);
    const { user } = renderApp('/admin/members');
    await screen.findByText(/No invitations yet/);
    await user.type(screen.getByLabelText('Email'), 'ada@example.test');
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not send the invitation.');
    expect(alert).toHaveTextContent('An account with this e-mail already exists.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveValue('ada@example.test');
  });

  it('shows server field errors', async () => {
    mockApi(
      meHandler(admin),
      http.get('/api/v1/identity/invitations', ({ response }) =>
        response(200).json({ items: [], page: 1, pageSize: 20, totalCount: 0 }),
      ),
      http.post('/api/v1/identity/invitations', ({ response }) =>
        response(400).json(...validationProblem({ Role: ['Unknown role.'] })),
      ),
    );
    const { user } = renderApp('/admin/members');
    await screen.findByText(/No invitations yet/);
    await user.type(screen.getByLabelText('Email'), 'frank@example.test');
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));
    const errors = await screen.findByRole('list', { name: 'Field errors' });
    expect(errors).toHaveTextContent('Role: Unknown role.');
  });

  it('validates the e-mail before inviting', async () => {
    const api = invitationsApi([]);
    const { user } = renderApp('/admin/members');
    await screen.findByText(/No invitations yet/);
    await user.type(screen.getByLabelText('Email'), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a valid email address.');
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    expect(api.calls('post', '/api/v1/identity/invitations')).toHaveLength(0);
  });

  it('withdraws a pending invitation after confirmation and refreshes the list', async () => {
    const api = invitationsApi([pending]);
    const { user } = renderApp('/admin/members');
    const row = await screen.findByRole('row', { name: /carol@example.test/ });
    const listCalls = api.calls('get', '/api/v1/identity/invitations').length;

    await user.click(within(row).getByRole('button', { name: 'Withdraw invitation for carol@example.test' }));
    expect(api.calls('delete', '/api/v1/identity/invitations/{id}', { id: pending.id })).toHaveLength(0);
    const confirm = within(row).getByRole('group', {
      name: 'Confirm withdrawing the invitation for carol@example.test',
    });
    await user.click(within(confirm).getByRole('button', { name: 'Yes, withdraw' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Invitation for carol@example.test withdrawn.',
    );
    expect(api.calls('delete', '/api/v1/identity/invitations/{id}', { id: pending.id })).toHaveLength(1);
    const updated = await screen.findByRole('row', { name: /carol@example.test.*Revoked/ });
    expect(within(updated).queryByRole('button', { name: /Withdraw/ })).not.toBeInTheDocument();
    expect(api.calls('get', '/api/v1/identity/invitations').length).toBeGreaterThan(listCalls);
  });

  it('cancelling the confirmation withdraws nothing', async () => {
    const api = invitationsApi([pending]);
    const { user } = renderApp('/admin/members');
    const row = await screen.findByRole('row', { name: /carol@example.test/ });
    await user.click(within(row).getByRole('button', { name: 'Withdraw invitation for carol@example.test' }));
    await user.click(within(row).getByRole('button', { name: 'Cancel' }));
    expect(
      within(row).getByRole('button', { name: 'Withdraw invitation for carol@example.test' }),
    ).toBeInTheDocument();
    expect(api.calls('delete', '/api/v1/identity/invitations/{id}', { id: pending.id })).toHaveLength(0);
  });

  it('shows the problem when the invitation can no longer be withdrawn', async () => {
    mockApi(
      meHandler(admin),
      http.get('/api/v1/identity/invitations', ({ response }) =>
        response(200).json({ items: [pending], page: 1, pageSize: 20, totalCount: 1 }),
      ),
      http.delete('/api/v1/identity/invitations/{id}', ({ response }) =>
        response(422).json(
          ...problem(422, 'Unprocessable Entity', { detail: 'The invitation was already accepted.' }),
        ),
      ),
    );
    const { user } = renderApp('/admin/members');
    const row = await screen.findByRole('row', { name: /carol@example.test/ });
    await user.click(within(row).getByRole('button', { name: 'Withdraw invitation for carol@example.test' }));
    await user.click(within(row).getByRole('button', { name: 'Yes, withdraw' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not withdraw the invitation.');
    expect(alert).toHaveTextContent('The invitation was already accepted.');
  });
});

describe('members navigation', () => {
  beforeEach(() => {
    signIn();
  });

  it('is hidden from non-admins, and the route is blocked', async () => {
    const api = mockDashboardApi(member);
    const { router } = renderApp('/');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    await screen.findByRole('region', { name: 'Ada Lovelace' });
    expect(within(nav).getByRole('link', { name: 'API keys' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Members' })).not.toBeInTheDocument();

    await router.navigate('/admin/members');
    expect(await screen.findByRole('heading', { name: 'Not allowed' })).toBeInTheDocument();
    expect(api.calls('get', '/api/v1/identity/invitations')).toHaveLength(0);
  });

  it('is shown to admins next to Users', async () => {
    mockDashboardApi(admin);
    renderApp('/');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const link = await within(nav).findByRole('link', { name: 'Members' });
    expect(link).toHaveAttribute('href', '/admin/members');
    const labels = within(nav)
      .getAllByRole('link')
      .map((l) => l.textContent);
    expect(labels.indexOf('Members')).toBe(labels.indexOf('Users') + 1);
  });
});
