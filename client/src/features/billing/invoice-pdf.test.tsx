import { screen } from '@testing-library/react';
import { admin, signIn } from '../../test/fixtures';
import { http } from '../../test/http';
import { meHandler, mockApi } from '../../test/mock-api';
import { problem } from '../../test/problem';
import { renderApp } from '../../test/render';
import type { Invoice } from './api/use-invoices';

const ONE = '/api/v1/billing/invoices/{id}';
const PDF = '/api/v1/billing/invoices/{id}/pdf';

const invoice: Invoice = {
  id: '0193c1e2-0000-7000-8000-000000000012',
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

const invoiceHandler = (shown: Invoice = invoice) =>
  http.get(ONE, ({ response }) => response(200).json(shown));

describe('invoice PDF', () => {
  const saved: { name: string; href: string }[] = [];
  const createObjectURL = vi.fn<(blob: Blob | MediaSource) => string>(() => 'blob:invoice');

  beforeEach(() => {
    signIn();
    saved.length = 0;
    // jsdom neither makes object URLs nor downloads: record what the page hands the browser instead.
    createObjectURL.mockClear();
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, href: this.href });
    });
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('downloads a finalized invoice as <number>.pdf, fetched with the session', async () => {
    const api = mockApi(
      meHandler(admin),
      invoiceHandler(),
      http.get(PDF, ({ response }) =>
        response.untyped(new Response('%PDF-1.7', { headers: { 'Content-Type': 'application/pdf' } })),
      ),
    );
    const { user } = renderApp(`/billing/invoices/${invoice.id}`);

    await user.click(await screen.findByRole('button', { name: 'Download PDF' }));

    await vi.waitFor(() => {
      expect(saved).toEqual([{ name: 'INV-2026-000012.pdf', href: 'blob:invoice' }]);
    });
    const [sent] = api.calls('get', PDF, { id: invoice.id });
    expect(sent?.headers.get('Authorization')).toMatch(/^Bearer /);
    const blob = createObjectURL.mock.calls[0]?.[0] as Blob;
    expect(await blob.text()).toBe('%PDF-1.7');
  });

  it('offers no PDF for a draft', async () => {
    mockApi(meHandler(admin), invoiceHandler({ ...invoice, number: null, status: 'Draft', issuedAt: null }));
    renderApp(`/billing/invoices/${invoice.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Invoice Draft' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download PDF' })).not.toBeInTheDocument();
  });

  it('shows the problem when the PDF cannot be had', async () => {
    mockApi(
      meHandler(admin),
      invoiceHandler(),
      http.get(PDF, ({ response }) =>
        response(409).json(
          ...problem(409, 'Conflict.', {
            detail: 'No exchange rate is kept.',
            code: 'invoice.exchange_rate_missing',
          }),
        ),
      ),
    );
    const { user } = renderApp(`/billing/invoices/${invoice.id}`);

    await user.click(await screen.findByRole('button', { name: 'Download PDF' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('No exchange rate is kept.');
    expect(saved).toEqual([]);
  });
});
