import { bindFilters, LabelledSelect, LiveFiltersForm, type SelectOption } from '../../../../shared/ui';
import { OPPORTUNITY_AGENTS, OPPORTUNITY_LABELS, OPPORTUNITY_STATUSES } from '../../api/use-opportunities';
import { useSports } from '../../api/use-sports';

/** Open is the API's default, so it is sent as no status at all; "all" asks for every status. */
const STATUS_OPTIONS: SelectOption[] = [
  ...OPPORTUNITY_STATUSES.map((s) => ({ value: s === 'Open' ? '' : s, text: s })),
  { value: 'all', text: 'All' },
];

/** The filters as the URL holds them: `status` "" is Open (the API's default), "all" every status. */
export interface OpportunityFilterValues {
  status: string;
  /** A sport's id, "" for any. */
  sport: string;
  agent: string;
  label: string;
  minEdge: string;
  consensus: boolean;
}

interface OpportunityFiltersProps {
  values: OpportunityFilterValues;
  onChange: (values: OpportunityFilterValues) => void;
}

/** Status, sport, agent, label, least edge (in points) and agreement; each change shows the first page again. */
export function OpportunityFilters({ values, onChange }: OpportunityFiltersProps) {
  const sports = useSports();
  const sportOptions = (sports.data ?? []).map((s) => ({ value: s.id, text: s.name }));
  const field = bindFilters(values, onChange);
  return (
    <LiveFiltersForm label="Filter opportunities">
      <LabelledSelect label="Status" options={STATUS_OPTIONS} {...field('status')} />
      <LabelledSelect label="Sport" any="Any" options={sportOptions} {...field('sport')} />
      <LabelledSelect label="Agent" any="Any" options={OPPORTUNITY_AGENTS} {...field('agent')} />
      <LabelledSelect label="Label" any="Any" options={OPPORTUNITY_LABELS} {...field('label')} />
      <label>
        Minimum edge (%)
        <input type="number" inputMode="decimal" min={-100} max={100} step={0.5} {...field('minEdge')} />
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={values.consensus}
          onChange={(e) => {
            onChange({ ...values, consensus: e.target.checked });
          }}
        />
        Consensus only (two or more agents agree)
      </label>
    </LiveFiltersForm>
  );
}
