import type { ApiQuery } from '../../../api/types';
import { createQueryKeys } from '../../../shared/query-keys';

export type InvoiceListQuery = ApiQuery<'/api/v1/billing/invoices'>;

export const billingKeys = createQueryKeys<InvoiceListQuery>('billing');
