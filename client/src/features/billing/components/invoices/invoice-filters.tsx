import { bindFilters, LabelledSelect, LiveFiltersForm } from '../../../../shared/ui';
import { INVOICE_STATUSES } from '../../api/use-invoices';

/** The filters' names, as the URL holds them. */
export const INVOICE_FILTER_NAMES = ['status'] as const;

export type InvoiceFilterValues = Record<(typeof INVOICE_FILTER_NAMES)[number], string>;

interface InvoiceFiltersProps {
  values: InvoiceFilterValues;
  onChange: (values: InvoiceFilterValues) => void;
}

/** The status; each change shows the first page again. */
export function InvoiceFilters({ values, onChange }: InvoiceFiltersProps) {
  const field = bindFilters(values, onChange);
  return (
    <LiveFiltersForm label="Filter invoices">
      <LabelledSelect label="Status" any="All" options={INVOICE_STATUSES} {...field('status')} />
    </LiveFiltersForm>
  );
}
