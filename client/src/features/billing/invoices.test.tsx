import { screen, within } from '@testing-library/react';
import { admin, member, signIn } from '../../test/fixtures';
import { http } from '../../test/http';
import { meHandler, mockApi, mockDashboardApi } from '../../test/mock-api';
import { problem } from '../../test/problem';
import { renderApp } from '../../test/render';
import type { Invoice, InvoiceSummary } from './api/use-invoices';

const LIST = '/api/v1/billing/invoices';
const ONE = '/api/v1/billing/invoices/{id}';

const paid: InvoiceSummary = {
  id: '0193c1e2-0000-7000-8000-000000000001',
  number: 'INV-2026-000011',
  status: 'Paid',
  currency: 'EUR',
  createdAt: '2026-11-01T00:00:00Z',
  issuedAt: '2026-11-01T00:00:00Z',
  dueAt: '2026-11-15T00:00:00Z',
  total: 34.51,
  amountPaid: 34.51,
};
const open: InvoiceSummary = {
  ...paid,
  id: '0193c1e2-0000-7000-8000-000000000002',
  number: 'INV-2026-000012',
  status: 'Open',
  issuedAt: '2026-12-01T00:00:00Z',
  dueAt: '2026-12-15T00:00:00Z',
  amountPaid: 0,
};
const draft: InvoiceSummary = {
  ...paid,
  id: '0193c1e2-0000-7000-8000-000000000003',
  number: null,
  status: 'Draft',
  currency: 'USD',
  issuedAt: null,
  dueAt: null,
  total: 1234.5,
  amountPaid: 0,
};

/** The invoice of December: a German consumer, one Pro month at 19 %. */
const december: Invoice = {
  id: open.id,
  number: 'INV-2026-000012',
  status: 'Open',
  currency: 'EUR',
  createdAt: '2026-12-01T00:00:00Z',
  issuedAt: '2026-12-01T00:00:00Z',
  dueAt: '2026-12-15T00:00:00Z',
  paidAt: null,
  buyerName: 'Analytical Engines GmbH',
  buyerCountry: 'DE',
  buyerVatNumber: null,
  vatCase: 'DomesticConsumer',
  vatRate: 19,
  vatMention: null,
  lineTotal: 29,
  taxTotal: 5.51,
  total: 34.51,
  amountPaid: 0,
  amountCredited: 0,
  amountDue: 34.51,
  lines: [{ position: 1, description: 'Pro, December 2026', quantity: 1, unitPrice: 29, net: 29 }],
  creditNotes: [],
};

/** Answers the list with the invoices of the status asked for (all of them without one). */
const listHandler = (items: InvoiceSummary[] = [open, paid, draft]) =>
  http.get(LIST, ({ query, response }) => {
    const status = query.get('status');
    const matching = status ? items.filter((i) => i.status === status) : items;
    return response(200).json({ items: matching, page: 1, pageSize: 25, totalCount: matching.length });
  });

const invoiceHandler = (invoice: Invoice = december) =>
  http.get(ONE, ({ params, response }) =>
    params.id === invoice.id
      ? response(200).json(invoice)
      : response(404).json(...problem(404, 'Not Found', { detail: 'No invoice has this id.' })),
  );

/** The table's body rows as arrays of cell texts. */
const rows = () =>
  within(screen.getByRole('table', { name: 'Invoices' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );

const term = (region: HTMLElement, name: string) => within(region).getByText(name, { selector: 'dt' });

describe('invoices', () => {
  beforeEach(() => {
    signIn();
  });

  it('lists the invoices with their totals in their currency, and "Draft" for one without a number', async () => {
    const api = mockApi(meHandler(admin), listHandler());
    renderApp('/billing/invoices');

    expect(await screen.findByRole('heading', { level: 1, name: 'Invoices' })).toBeInTheDocument();
    await screen.findByRole('table', { name: 'Invoices' });
    expect(rows()).toEqual([
      ['INV-2026-000012', 'Open', 'Dec 1, 2026', 'Dec 15, 2026', '€34.51', '€0.00'],
      ['INV-2026-000011', 'Paid', 'Nov 1, 2026', 'Nov 15, 2026', '€34.51', '€34.51'],
      ['Draft', 'Draft', '—', '—', '$1,234.50', '$0.00'],
    ]);
    expect(screen.getByRole('link', { name: 'Draft' })).toHaveAttribute(
      'href',
      `/billing/invoices/${draft.id}`,
    );
    const [sent] = api.calls('get', LIST);
    expect(new URL(sent?.url ?? 'http://x').searchParams.get('status')).toBeNull();
  });

  it('filters by status through the URL and the API', async () => {
    const api = mockApi(meHandler(admin), listHandler());
    const { user, router } = renderApp('/billing/invoices');
    await screen.findByRole('table', { name: 'Invoices' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Open');
    await vi.waitFor(() => {
      expect(rows()).toHaveLength(1);
    });
    expect(rows()[0]?.[0]).toBe('INV-2026-000012');
    expect(router.state.location.search).toBe('?status=Open');
    const last = api.calls('get', LIST).at(-1);
    expect(new URL(last?.url ?? 'http://x').searchParams.get('status')).toBe('Open');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'All');
    await vi.waitFor(() => {
      expect(rows()).toHaveLength(3);
    });
    expect(router.state.location.search).toBe('');
  });

  it('opens on the status the URL holds', async () => {
    const api = mockApi(meHandler(admin), listHandler());
    renderApp('/billing/invoices?status=Paid');
    await screen.findByRole('table', { name: 'Invoices' });
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('Paid');
    expect(rows().map((r) => r[0])).toEqual(['INV-2026-000011']);
    const [sent] = api.calls('get', LIST);
    expect(new URL(sent?.url ?? 'http://x').searchParams.get('status')).toBe('Paid');
  });

  it('says so when there are no invoices', async () => {
    mockApi(meHandler(admin), listHandler([]));
    renderApp('/billing/invoices');
    expect(await screen.findByText('No invoices yet.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('opens an invoice from the list: its lines, buyer, VAT rate and amount due', async () => {
    mockApi(meHandler(admin), listHandler(), invoiceHandler());
    const { user, router } = renderApp('/billing/invoices');

    await user.click(await screen.findByRole('link', { name: 'INV-2026-000012' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Invoice INV-2026-000012' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/billing/invoices/${december.id}`);

    const lines = within(screen.getByRole('table', { name: 'Invoice lines' })).getAllByRole('row');
    expect(
      lines.slice(1).map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([['Pro, December 2026', '1', '€29.00', '€29.00']]);

    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(term(summary, 'Status').nextElementSibling).toHaveTextContent('Open');
    expect(term(summary, 'Issued').nextElementSibling).toHaveTextContent('Dec 1, 2026');
    expect(term(summary, 'Due').nextElementSibling).toHaveTextContent('Dec 15, 2026');
    expect(term(summary, 'Paid').nextElementSibling).toHaveTextContent('—');

    const buyer = screen.getByRole('region', { name: 'Buyer' });
    expect(term(buyer, 'Name').nextElementSibling).toHaveTextContent('Analytical Engines GmbH');
    expect(term(buyer, 'Country').nextElementSibling).toHaveTextContent('DE');

    const totals = screen.getByRole('region', { name: 'Totals' });
    expect(term(totals, 'Lines').nextElementSibling).toHaveTextContent('€29.00');
    expect(term(totals, 'VAT (19 %)').nextElementSibling).toHaveTextContent('€5.51');
    expect(term(totals, 'Total').nextElementSibling).toHaveTextContent('€34.51');
    expect(term(totals, 'Amount due').nextElementSibling).toHaveTextContent('€34.51');
    expect(totals).not.toHaveTextContent('Reverse charge');

    await user.click(screen.getByRole('link', { name: 'Back to the invoices' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Invoices' })).toBeInTheDocument();
  });

  it('shows the VAT mention of a reverse charge', async () => {
    mockApi(
      meHandler(admin),
      invoiceHandler({
        ...december,
        buyerCountry: 'FR',
        buyerVatNumber: 'FR11123456782',
        vatCase: 'ReverseCharge',
        vatRate: 0,
        vatMention: 'Reverse charge',
        taxTotal: 0,
        total: 29,
        amountDue: 29,
      }),
    );
    renderApp(`/billing/invoices/${december.id}`);

    const totals = await screen.findByRole('region', { name: 'Totals' });
    expect(totals).toHaveTextContent('Reverse charge');
    expect(term(totals, 'VAT (0 %)').nextElementSibling).toHaveTextContent('€0.00');
    expect(term(totals, 'Amount due').nextElementSibling).toHaveTextContent('€29.00');
    const buyer = screen.getByRole('region', { name: 'Buyer' });
    expect(term(buyer, 'VAT number').nextElementSibling).toHaveTextContent('FR11123456782');
  });

  it('says there is no such invoice on a 404, with a way back to the list', async () => {
    mockApi(meHandler(admin), invoiceHandler(), listHandler());
    const { user } = renderApp('/billing/invoices/0193c1e2-0000-7000-8000-0000000000ff');

    expect(await screen.findByRole('heading', { level: 1, name: 'No such invoice' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to the invoices' }));
    expect(await screen.findByRole('table', { name: 'Invoices' })).toBeInTheDocument();
  });

  it('shows any other error as a problem', async () => {
    mockApi(
      meHandler(admin),
      http.get(ONE, ({ response }) => response(403).json(...problem(403, 'Forbidden'))),
    );
    renderApp(`/billing/invoices/${december.id}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the invoice.');
    expect(screen.queryByRole('heading', { name: 'No such invoice' })).not.toBeInTheDocument();
  });

  it('shows the nav entry to Admins', async () => {
    mockDashboardApi(admin);
    renderApp('/');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Invoices' })).toHaveAttribute(
      'href',
      '/billing/invoices',
    );
  });

  it('is for Admins only: no nav entry for a Member, and no request', async () => {
    mockDashboardApi(member);
    renderApp('/');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Pricing' })).toBeInTheDocument();
    await screen.findByRole('region', { name: 'Ada Lovelace' });
    expect(within(nav).queryByRole('link', { name: 'Invoices' })).not.toBeInTheDocument();
  });

  it('blocks the pages for a Member without asking the API', async () => {
    const api = mockApi(meHandler(member));
    renderApp('/billing/invoices');
    expect(await screen.findByRole('heading', { name: 'Not allowed' })).toBeInTheDocument();
    expect(api.calls('get', LIST)).toHaveLength(0);
  });
});
