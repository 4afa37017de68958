import { BET_STATUSES } from '../../api/use-bets';

export interface BetFilterValues {
  status: string;
  from: string;
  to: string;
  tag: string;
}

interface BetFiltersProps {
  values: BetFilterValues;
  onChange: (values: BetFilterValues) => void;
}

/** Status, placing dates (UTC days, the end inclusive) and tag; each change shows the first page again. */
export function BetFilters({ values, onChange }: BetFiltersProps) {
  const set = (name: keyof BetFilterValues) => (e: { target: { value: string } }) => {
    onChange({ ...values, [name]: e.target.value });
  };
  return (
    <form
      className="form filters"
      aria-label="Filter bets"
      onSubmit={(e) => {
        e.preventDefault();
      }}
    >
      <label>
        Status
        <select value={values.status} onChange={set('status')}>
          <option value="">Any</option>
          {BET_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label>
        Placed from
        <input type="date" value={values.from} onChange={set('from')} />
      </label>
      <label>
        Placed to
        <input type="date" value={values.to} onChange={set('to')} />
      </label>
      <label>
        Tag
        <input type="search" value={values.tag} maxLength={32} onChange={set('tag')} />
      </label>
    </form>
  );
}
