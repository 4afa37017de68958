import { useState, type SubmitEvent } from 'react';
import type { AuditFilters } from '../api/audit-filters';
import { AUDIT_OUTCOMES } from '../api/audit-outcomes';

interface AuditFiltersFormProps {
  initial: AuditFilters;
  onApply: (filters: AuditFilters) => void;
}

const EMPTY: AuditFilters = { action: '', entityType: '', outcome: '', from: '', to: '' };

export function AuditFiltersForm({ initial, onApply }: AuditFiltersFormProps) {
  const [filters, setFilters] = useState(initial);
  const set = (field: keyof AuditFilters) => (e: { target: { value: string } }) => {
    setFilters((f) => ({ ...f, [field]: e.target.value }));
  };

  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    onApply(filters);
  };

  return (
    <form onSubmit={submit} className="form form-inline filters" aria-label="Audit filters">
      <label>
        Action
        <input value={filters.action} onChange={set('action')} placeholder="e.g. Login" />
      </label>
      <label>
        Entity type
        <input value={filters.entityType} onChange={set('entityType')} placeholder="e.g. ApiKey" />
      </label>
      <label>
        Outcome
        <select value={filters.outcome} onChange={set('outcome')}>
          <option value="">Any</option>
          {AUDIT_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </label>
      <label>
        From
        <input type="date" value={filters.from} onChange={set('from')} />
      </label>
      <label>
        To
        <input type="date" value={filters.to} onChange={set('to')} />
      </label>
      <button type="submit">Apply filters</button>
      <button
        type="button"
        onClick={() => {
          setFilters(EMPTY);
          onApply(EMPTY);
        }}
      >
        Clear
      </button>
    </form>
  );
}
