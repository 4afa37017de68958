import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { invoiceStatusValues } from '../../../api/schema';
import type { ApiResult } from '../../../api/types';
import { listQuery } from '../../../shared/list-query';
import { billingKeys, type InvoiceListQuery } from './billing-keys';

export type InvoiceSummary = ApiResult<'/api/v1/billing/invoices', 'get'>['items'][number];
export type Invoice = ApiResult<'/api/v1/billing/invoices/{id}', 'get'>;
export type InvoiceLine = Invoice['lines'][number];
export type InvoiceStatus = InvoiceSummary['status'];

/** The statuses the filter offers: every one the document lists, in its order. */
export const INVOICE_STATUSES: readonly InvoiceStatus[] = invoiceStatusValues;

export const isInvoiceStatus = (v: string): v is InvoiceStatus =>
  (INVOICE_STATUSES as readonly string[]).includes(v);

export const invoicesQuery = (query: InvoiceListQuery) =>
  listQuery(billingKeys.list(query), async (signal) =>
    unwrap(await api.GET('/api/v1/billing/invoices', { params: { query }, signal })),
  );

/** One page of the organization's invoices (Admins), newest first. */
export const useInvoices = (query: InvoiceListQuery) => useQuery(invoicesQuery(query));

export const invoiceQuery = (id: string) =>
  queryOptions({
    queryKey: [...billingKeys.key('invoice'), id] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/billing/invoices/{id}', { params: { path: { id } }, signal })),
  });

/** One invoice with its lines, buyer and VAT; another organization's, or an unknown id, is a 404. */
export const useInvoice = (id: string) => useQuery(invoiceQuery(id));
