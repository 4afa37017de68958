import type { ReactNode } from 'react';

/** A form of filters that apply as they change: it has nothing to submit, so Enter in a field does nothing. */
export function LiveFiltersForm({ label, children }: { label: string; children: ReactNode }) {
  return (
    <form
      className="form filters"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
      }}
    >
      {children}
    </form>
  );
}
