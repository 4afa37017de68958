import { screen, within } from '@testing-library/react';
import { admin, member, signIn } from '../../test/fixtures';
import { http } from '../../test/http';
import { meHandler, mockApi, mockDashboardApi } from '../../test/mock-api';
import { renderApp } from '../../test/render';
import type { CreditNoteSummary } from './api/use-credit-notes';
import type { Invoice } from './api/use-invoices';

const LIST = '/api/v1/billing/credit-notes';
const INVOICE = '/api/v1/billing/invoices/{id}';

/** A full credit of November's paid invoice: all of it to refund. */
const full: CreditNoteSummary = {
  id: '0193c1e2-0000-7000-8000-0000000000c1',
  number: 'CN-2026-000002',
  kind: 'Full',
  issuedAt: '2026-12-03T10:00:00Z',
  invoiceId: '0193c1e2-0000-7000-8000-000000000011',
  invoiceNumber: 'INV-2026-000011',
  currency: 'EUR',
  total: 34.51,
  appliedToInvoice: 0,
  refundDue: 34.51,
};
/** €10 gross off December's open invoice: all of it off what it has due. */
const partial: CreditNoteSummary = {
  ...full,
  id: '0193c1e2-0000-7000-8000-0000000000c2',
  number: 'CN-2026-000001',
  kind: 'Gross',
  issuedAt: '2026-12-02T10:00:00Z',
  invoiceId: '0193c1e2-0000-7000-8000-000000000012',
  invoiceNumber: 'INV-2026-000012',
  total: 10,
  appliedToInvoice: 10,
  refundDue: 0,
};

const december: Invoice = {
  id: partial.invoiceId,
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
  amountCredited: 10,
  amountDue: 24.51,
  lines: [{ position: 1, description: 'Pro, December 2026', quantity: 1, unitPrice: 29, net: 29 }],
  creditNotes: [{ id: partial.id, number: partial.number, total: partial.total }],
};

const listHandler = (items: CreditNoteSummary[] = [full, partial]) =>
  http.get(LIST, ({ response }) =>
    response(200).json({ items, page: 1, pageSize: 25, totalCount: items.length }),
  );
const invoiceHandler = (invoice: Invoice = december) =>
  http.get(INVOICE, ({ response }) => response(200).json(invoice));

/** A table's body rows as arrays of cell texts. */
const rows = (name: string) =>
  within(screen.getByRole('table', { name }))
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );

const term = (region: HTMLElement, name: string) => within(region).getByText(name, { selector: 'dt' });

describe('credit notes', () => {
  beforeEach(() => {
    signIn();
  });

  it('lists the credit notes: the invoice each corrects, its kind, total and how it was settled', async () => {
    mockApi(meHandler(admin), listHandler());
    renderApp('/billing/credit-notes');

    expect(await screen.findByRole('heading', { level: 1, name: 'Credit notes' })).toBeInTheDocument();
    await screen.findByRole('table', { name: 'Credit notes' });
    expect(rows('Credit notes')).toEqual([
      ['CN-2026-000002', 'INV-2026-000011', 'Dec 3, 2026', 'Whole invoice', '€34.51', '€0.00', '€34.51'],
      ['CN-2026-000001', 'INV-2026-000012', 'Dec 2, 2026', 'Part, as an amount', '€10.00', '€10.00', '€0.00'],
    ]);
    expect(screen.getByRole('link', { name: 'INV-2026-000011' })).toHaveAttribute(
      'href',
      `/billing/invoices/${full.invoiceId}`,
    );
  });

  it('opens the invoice a credit note corrects, which shows it and what was credited', async () => {
    mockApi(meHandler(admin), listHandler(), invoiceHandler());
    const { user } = renderApp('/billing/credit-notes');

    await user.click(await screen.findByRole('link', { name: 'INV-2026-000012' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Invoice INV-2026-000012' }),
    ).toBeInTheDocument();
    const totals = screen.getByRole('region', { name: 'Totals' });
    expect(term(totals, 'Credited').nextElementSibling).toHaveTextContent('€10.00');
    expect(term(totals, 'Amount due').nextElementSibling).toHaveTextContent('€24.51');
    const notes = screen.getByRole('region', { name: 'Credit notes' });
    expect(notes).toHaveTextContent('corrected by a credit note for €10.00 in all');
    expect(rows('Credit notes of this invoice')).toEqual([['CN-2026-000001', '€10.00']]);
    expect(within(notes).getByRole('link', { name: 'All credit notes' })).toHaveAttribute(
      'href',
      '/billing/credit-notes',
    );
  });

  it('shows no credit notes section on an invoice without any', async () => {
    mockApi(
      meHandler(admin),
      invoiceHandler({ ...december, amountCredited: 0, amountDue: 34.51, creditNotes: [] }),
    );
    renderApp(`/billing/invoices/${december.id}`);

    const totals = await screen.findByRole('region', { name: 'Totals' });
    expect(term(totals, 'Credited').nextElementSibling).toHaveTextContent('€0.00');
    expect(screen.queryByRole('region', { name: 'Credit notes' })).not.toBeInTheDocument();
  });

  it('says so when there are none', async () => {
    mockApi(meHandler(admin), listHandler([]));
    renderApp('/billing/credit-notes');
    expect(await screen.findByText('No credit notes.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows the nav entry to Admins', async () => {
    mockDashboardApi(admin);
    renderApp('/');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Credit notes' })).toHaveAttribute(
      'href',
      '/billing/credit-notes',
    );
  });

  it('is for Admins only: no nav entry and no request for a Member', async () => {
    const api = mockDashboardApi(member);
    renderApp('/billing/credit-notes');
    expect(await screen.findByRole('heading', { name: 'Not allowed' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).queryByRole('link', { name: 'Credit notes' })).not.toBeInTheDocument();
    expect(api.calls('get', LIST)).toHaveLength(0);
  });
});
