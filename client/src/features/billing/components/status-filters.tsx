import { bindFilters, LabelledSelect, LiveFiltersForm } from '../../../shared/ui';

/** The filters' names, as the URL holds them. */
export const STATUS_FILTER_NAMES = ['status'] as const;

export type StatusFilterValues = Record<(typeof STATUS_FILTER_NAMES)[number], string>;

interface StatusFiltersProps {
  /** The form's accessible name, e.g. "Filter invoices". */
  label: string;
  /** The statuses offered, after "All". */
  statuses: readonly string[];
  values: StatusFilterValues;
  onChange: (values: StatusFilterValues) => void;
}

/** A list's status filter; each change shows the first page again. */
export function StatusFilters({ label, statuses, values, onChange }: StatusFiltersProps) {
  const field = bindFilters(values, onChange);
  return (
    <LiveFiltersForm label={label}>
      <LabelledSelect label="Status" any="All" options={statuses} {...field('status')} />
    </LiveFiltersForm>
  );
}
