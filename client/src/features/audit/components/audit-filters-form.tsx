import { useState, type SubmitEvent } from 'react';
import { bindFilters, LabelledSelect } from '../../../shared/ui';
import type { AuditFilters } from '../api/audit-filters';
import { AUDIT_OUTCOMES } from '../api/audit-outcomes';

interface AuditFiltersFormProps {
  initial: AuditFilters;
  onApply: (filters: AuditFilters) => void;
}

const EMPTY: AuditFilters = { action: '', entityType: '', outcome: '', from: '', to: '' };

export function AuditFiltersForm({ initial, onApply }: AuditFiltersFormProps) {
  const [filters, setFilters] = useState(initial);
  const field = bindFilters(filters, setFilters);

  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    onApply(filters);
  };

  return (
    <form onSubmit={submit} className="form form-inline filters" aria-label="Audit filters">
      <label>
        Action
        <input {...field('action')} placeholder="e.g. Login" />
      </label>
      <label>
        Entity type
        <input {...field('entityType')} placeholder="e.g. ApiKey" />
      </label>
      <LabelledSelect label="Outcome" any="Any" options={AUDIT_OUTCOMES} {...field('outcome')} />
      <label>
        From
        <input type="date" {...field('from')} />
      </label>
      <label>
        To
        <input type="date" {...field('to')} />
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
