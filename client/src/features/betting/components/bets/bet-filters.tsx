import { bindFilters, LabelledSelect, LiveFiltersForm } from '../../../../shared/ui';
import { BET_STATUSES } from '../../api/use-bets';

/** The filters' names, as the URL holds them. */
export const BET_FILTER_NAMES = ['status', 'from', 'to', 'tag'] as const;

export type BetFilterValues = Record<(typeof BET_FILTER_NAMES)[number], string>;

interface BetFiltersProps {
  values: BetFilterValues;
  onChange: (values: BetFilterValues) => void;
}

/** Status, placing dates (UTC days, the end inclusive) and tag; each change shows the first page again. */
export function BetFilters({ values, onChange }: BetFiltersProps) {
  const field = bindFilters(values, onChange);
  return (
    <LiveFiltersForm label="Filter bets">
      <LabelledSelect label="Status" any="Any" options={BET_STATUSES} {...field('status')} />
      <label>
        Placed from
        <input type="date" {...field('from')} />
      </label>
      <label>
        Placed to
        <input type="date" {...field('to')} />
      </label>
      <label>
        Tag
        <input type="search" maxLength={32} {...field('tag')} />
      </label>
    </LiveFiltersForm>
  );
}
