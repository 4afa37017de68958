import { OPPORTUNITY_AGENTS, OPPORTUNITY_LABELS, OPPORTUNITY_STATUSES } from '../../api/use-opportunities';
import { useSports } from '../../api/use-sports';

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
  const set =
    (name: 'status' | 'sport' | 'agent' | 'label' | 'minEdge') => (e: { target: { value: string } }) => {
      onChange({ ...values, [name]: e.target.value });
    };
  return (
    <form
      className="form filters"
      aria-label="Filter opportunities"
      onSubmit={(e) => {
        e.preventDefault();
      }}
    >
      <label>
        Status
        <select value={values.status} onChange={set('status')}>
          {OPPORTUNITY_STATUSES.map((s) => (
            <option key={s} value={s === 'Open' ? '' : s}>
              {s}
            </option>
          ))}
          <option value="all">All</option>
        </select>
      </label>
      <label>
        Sport
        <select value={values.sport} onChange={set('sport')}>
          <option value="">Any</option>
          {(sports.data ?? []).map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Agent
        <select value={values.agent} onChange={set('agent')}>
          <option value="">Any</option>
          {OPPORTUNITY_AGENTS.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </label>
      <label>
        Label
        <select value={values.label} onChange={set('label')}>
          <option value="">Any</option>
          {OPPORTUNITY_LABELS.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
      </label>
      <label>
        Minimum edge (%)
        <input
          type="number"
          inputMode="decimal"
          min={-100}
          max={100}
          step={0.5}
          value={values.minEdge}
          onChange={set('minEdge')}
        />
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
    </form>
  );
}
