import { screen, within } from '@testing-library/react';
import { admin, member, signIn } from '../../test/fixtures';
import { http } from '../../test/http';
import { meHandler, mockApi, mockDashboardApi } from '../../test/mock-api';
import { problem, validationProblem } from '../../test/problem';
import { renderApp } from '../../test/render';
import type { BillingCustomer, BillingCustomerBody } from './api/billing-customer-form';

const URL = '/api/v1/billing/customer';

/** A French business whose VAT number VIES has not confirmed yet: taxed like a consumer, via OSS. */
const french: BillingCustomer = {
  id: '44444444-4444-4444-4444-444444444444',
  legalName: 'Machines Analytiques SARL',
  email: 'factures@example.test',
  address: { line1: '1 rue de la Paix', line2: null, city: 'Paris', postalCode: '75002', country: 'FR' },
  isBusiness: true,
  vatNumber: 'FR11123456782',
  vatNumberStatus: 'Unchecked',
  vatNumberCheckedAt: null,
  timeZone: 'Europe/Paris',
  currency: 'EUR',
  evidence: [{ source: 'BillingAddress', country: 'FR', recordedAt: '2026-12-01T10:00:00Z' }],
  vat: { case: 'OtherStateConsumer', rate: 20, category: 'S', mention: null },
  version: 3,
  updatedAt: '2026-12-01T10:00:00Z',
};

const notSetUp = http.get(URL, ({ response }) =>
  response(404).json(...problem(404, 'Not Found', { detail: 'No billing details were saved yet.' })),
);
const loaded = (customer: BillingCustomer = french) =>
  http.get(URL, ({ response }) => response(200).json(customer));
/** Answers a save with what was sent, at the next version. */
const saves = http.put(URL, async ({ request, response }) => {
  const body = await request.json();
  if (!body) throw new Error('A save sends a body.');
  return response(200).json({
    ...french,
    ...body,
    address: {
      ...body.address,
      line2: body.address.line2 ?? null,
      postalCode: body.address.postalCode ?? null,
    },
    version: body.version + 1,
  });
});

const sent = async (api: ReturnType<typeof mockApi>, n = 0) =>
  (await api.calls('put', URL)[n]?.json()) as BillingCustomerBody;

describe('billing details page', () => {
  beforeEach(() => {
    signIn();
  });

  it('shows an empty form before the first save, and saves it at version 0', async () => {
    const api = mockApi(meHandler(admin), notSetUp, saves);
    const { user } = renderApp('/billing/details');

    const name = await screen.findByLabelText('Legal name');
    expect(name).toHaveValue('');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'How VAT applies' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Currency')).toHaveValue('EUR');
    expect(screen.getByLabelText('Time zone')).toHaveValue(Intl.DateTimeFormat().resolvedOptions().timeZone);

    await user.type(name, 'Machines Analytiques SARL');
    await user.type(screen.getByLabelText('Billing e-mail'), 'factures@example.test');
    await user.type(screen.getByLabelText('Address line 1'), '1 rue de la Paix');
    await user.type(screen.getByLabelText('City'), 'Paris');
    await user.type(screen.getByLabelText('Country'), 'fr');
    await user.click(screen.getByRole('checkbox', { name: 'We buy as a business' }));
    await user.type(screen.getByLabelText('VAT number (optional)'), 'FR 11 123 456 782');
    await user.click(screen.getByRole('button', { name: 'Save billing details' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Billing details saved.');
    expect(await sent(api)).toEqual({
      version: 0,
      legalName: 'Machines Analytiques SARL',
      email: 'factures@example.test',
      address: { line1: '1 rue de la Paix', line2: null, city: 'Paris', postalCode: null, country: 'FR' },
      isBusiness: true,
      vatNumber: 'FR 11 123 456 782',
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      currency: 'EUR',
    });
    expect(await screen.findByRole('region', { name: 'How VAT applies' })).toBeVisible();
  });

  it('fills the form with the details read, saves at their version, then at the new one', async () => {
    const api = mockApi(meHandler(admin), loaded(), saves);
    const { user } = renderApp('/billing/details');

    const name = await screen.findByLabelText('Legal name');
    expect(name).toHaveValue('Machines Analytiques SARL');
    expect(screen.getByLabelText('Country')).toHaveValue('FR');
    expect(screen.getByLabelText('Postal code (optional)')).toHaveValue('75002');
    expect(screen.getByRole('checkbox', { name: 'We buy as a business' })).toBeChecked();
    expect(screen.getByLabelText('VAT number (optional)')).toHaveValue('FR11123456782');
    expect(screen.getByLabelText('Time zone')).toHaveValue('Europe/Paris');

    await user.selectOptions(screen.getByLabelText('Currency'), 'CHF');
    await user.click(screen.getByRole('button', { name: 'Save billing details' }));
    await screen.findByRole('status');
    expect(await sent(api)).toMatchObject({
      version: 3,
      currency: 'CHF',
      legalName: 'Machines Analytiques SARL',
    });

    await user.click(screen.getByRole('button', { name: 'Save billing details' }));
    await vi.waitFor(() => {
      expect(api.calls('put', URL)).toHaveLength(2);
    });
    expect(await sent(api, 1)).toMatchObject({ version: 4, currency: 'CHF' });
  });

  it('puts the API’s field errors next to their fields, address ones included', async () => {
    mockApi(
      meHandler(admin),
      loaded(),
      http.put(URL, ({ response }) =>
        response(400).json(
          ...validationProblem({
            vatNumber: ['The VAT number’s check digits are wrong.'],
            'address.country': ['Use an ISO 3166-1 country code.'],
          }),
        ),
      ),
    );
    const { user } = renderApp('/billing/details');

    await user.click(await screen.findByRole('button', { name: 'Save billing details' }));

    const vat = await screen.findByLabelText('VAT number (optional)');
    await vi.waitFor(() => {
      expect(vat).toHaveAccessibleDescription(
        'With its country prefix, e.g. DE123456788; EL for Greece. The VAT number’s check digits are wrong.',
      );
    });
    expect(vat).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Country')).toHaveAccessibleDescription(
      'Two-letter code, e.g. DE, FR, GR. Use an ISO 3166-1 country code.',
    );
    expect(screen.getByLabelText('Legal name')).not.toHaveAttribute('aria-invalid');
  });

  it('says the details changed since they were read on a 409, and reloads them', async () => {
    let reads = 0;
    const api = mockApi(
      meHandler(admin),
      http.get(URL, ({ response }) =>
        response(200).json(reads++ === 0 ? french : { ...french, legalName: 'Renamed SAS', version: 4 }),
      ),
      http.put(URL, ({ response }) =>
        response(409).json(
          ...problem(409, 'Conflict', {
            code: 'billing_customer.version_mismatch',
            detail: 'The billing details changed since you read them.',
          }),
        ),
      ),
    );
    const { user } = renderApp('/billing/details');

    await user.click(await screen.findByRole('button', { name: 'Save billing details' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('These billing details changed since you loaded them.');
    await user.click(within(alert).getByRole('button', { name: 'Reload' }));
    expect(await screen.findByDisplayValue('Renamed SAS')).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(api.calls('get', URL)).toHaveLength(2);
  });

  it('explains how VAT applies: the case, the rate, the VAT number’s status and the evidence', async () => {
    mockApi(meHandler(admin), loaded());
    renderApp('/billing/details');

    const panel = await screen.findByRole('region', { name: 'How VAT applies' });
    expect(panel).toHaveTextContent('Taxed at your country’s rate via OSS');
    expect(within(panel).getByText('VAT rate').nextElementSibling).toHaveTextContent('20 %');
    expect(within(panel).getByText('VAT number').nextElementSibling).toHaveTextContent(
      'awaiting confirmation from VIES; until then you are taxed like a consumer',
    );
    expect(within(panel).getByRole('list', { name: 'Evidence of your country' })).toHaveTextContent(
      /^FR, from the billing address, Dec 1, 2026$/,
    );
  });

  it('shows a reverse charge with its mention', async () => {
    mockApi(
      meHandler(admin),
      loaded({
        ...french,
        vatNumberStatus: 'Valid',
        vatNumberCheckedAt: '2026-12-01T11:00:00Z',
        vat: { case: 'ReverseCharge', rate: 0, category: 'AE', mention: 'Reverse charge' },
      }),
    );
    renderApp('/billing/details');

    const panel = await screen.findByRole('region', { name: 'How VAT applies' });
    expect(panel).toHaveTextContent('Reverse charge: no VAT on invoices; both VAT numbers appear on them.');
    expect(within(panel).getByText('VAT rate').nextElementSibling).toHaveTextContent('0 %');
    expect(within(panel).getByText('Invoice mention').nextElementSibling).toHaveTextContent('Reverse charge');
  });

  it('is for Admins only: no nav entry and no request for a Member', async () => {
    mockDashboardApi(member);
    renderApp('/');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Pricing' })).toBeInTheDocument();
    await screen.findByRole('region', { name: 'Ada Lovelace' });
    expect(within(nav).queryByRole('link', { name: 'Billing details' })).not.toBeInTheDocument();
  });

  it('shows the nav entry to Admins', async () => {
    mockDashboardApi(admin);
    renderApp('/');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Billing details' })).toHaveAttribute(
      'href',
      '/billing/details',
    );
  });

  it('blocks the page for a Member without asking the API', async () => {
    const api = mockApi(meHandler(member));
    renderApp('/billing/details');
    expect(await screen.findByRole('heading', { name: 'Not allowed' })).toBeInTheDocument();
    expect(api.calls('get', URL)).toHaveLength(0);
  });
});
