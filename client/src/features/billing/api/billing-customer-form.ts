import { z } from 'zod';
import type { ApiBody, ApiResult } from '../../../api/types';

type Path = '/api/v1/billing/customer';

export type BillingCustomer = ApiResult<Path, 'get'>;
export type BillingCustomerBody = ApiBody<Path, 'put'>;
export type VatCase = BillingCustomer['vat']['case'];
export type VatNumberStatus = BillingCustomer['vatNumberStatus'];
export type EvidenceSource = BillingCustomer['evidence'][number]['source'];

/** The currencies the API bills in (ISO 4217), EUR first: the default of a first save. */
export const CURRENCIES = [
  'EUR',
  'USD',
  'GBP',
  'CHF',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CZK',
  'HUF',
  'RON',
  'BGN',
  'CAD',
  'AUD',
  'JPY',
  'ISK',
  'KWD',
  'BHD',
] as const;

/** The browser's own time zone (IANA), the default of a first save. */
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/**
 * The IANA time zones to choose from: the browser's list when it has one, always with `current` in it (some
 * browsers leave out `UTC`, and a stored zone must stay selectable).
 */
export function timeZones(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return known.includes(current) ? known : [current, ...known].sort();
}

const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${String(max)} characters.`)
    .transform((text) => (text === '' ? null : text));

const required = (max: number, message: string) =>
  z
    .string()
    .trim()
    .min(1, message)
    .max(max, `At most ${String(max)} characters.`);

/** The billing details form, with the API's simple rules; the VAT number's format is the API's to check. */
export const billingCustomerSchema = z.object({
  legalName: required(200, 'Enter the legal name.'),
  email: z.string().trim().pipe(z.email('Enter an e-mail address.').max(254)),
  line1: required(200, 'Enter the address.'),
  line2: optional(200),
  city: required(100, 'Enter the city.'),
  postalCode: optional(20),
  country: z
    .string()
    .trim()
    .transform((c) => c.toUpperCase())
    .pipe(z.string().regex(/^[A-Z]{2}$/, 'Use the two-letter country code, e.g. DE.')),
  isBusiness: z.boolean(),
  vatNumber: optional(32),
  timeZone: required(64, 'Choose a time zone.'),
  currency: z.enum(CURRENCIES, 'Choose a currency.'),
});

export type BillingCustomerFormValues = z.input<typeof billingCustomerSchema>;
export type BillingCustomerValues = z.output<typeof billingCustomerSchema>;

const isCurrency = (c: string): c is (typeof CURRENCIES)[number] =>
  (CURRENCIES as readonly string[]).includes(c);

/** The form showing `customer`, or an empty one (EUR, the browser's time zone) before the first save. */
export const toFormValues = (customer: BillingCustomer | null): BillingCustomerFormValues => ({
  legalName: customer?.legalName ?? '',
  email: customer?.email ?? '',
  line1: customer?.address.line1 ?? '',
  line2: customer?.address.line2 ?? '',
  city: customer?.address.city ?? '',
  postalCode: customer?.address.postalCode ?? '',
  country: customer?.address.country ?? '',
  isBusiness: customer?.isBusiness ?? false,
  vatNumber: customer?.vatNumber ?? '',
  timeZone: customer?.timeZone ?? browserTimeZone(),
  currency: customer && isCurrency(customer.currency) ? customer.currency : 'EUR',
});

/** What the API takes; `version` is the one read (0 before the first save). */
export const toBillingCustomerBody = (v: BillingCustomerValues, version: number): BillingCustomerBody => ({
  version,
  legalName: v.legalName,
  email: v.email,
  address: { line1: v.line1, line2: v.line2, city: v.city, postalCode: v.postalCode, country: v.country },
  isBusiness: v.isBusiness,
  vatNumber: v.vatNumber,
  timeZone: v.timeZone,
  currency: v.currency,
});

/** The API's name of each form field, where they differ: its 400s name fields as the body does. */
export const API_FIELDS: Partial<Record<keyof BillingCustomerFormValues, string>> = {
  line1: 'address.line1',
  line2: 'address.line2',
  city: 'address.city',
  postalCode: 'address.postalCode',
  country: 'address.country',
};
