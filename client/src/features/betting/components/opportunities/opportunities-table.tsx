import { useTable } from '@tanstack/react-table';
import { useMemo, type ReactNode } from 'react';
import { ColumnTable } from '../../../../shared/ui';
import { isUrgent, type Opportunity } from '../../api/use-opportunities';
import { opportunityColumns, opportunityFeatures } from './opportunity-columns';

interface OpportunitiesTableProps {
  opportunities: Opportunity[];
  /** Now, in milliseconds: kick-offs from now to 24 hours later are highlighted. */
  now: number;
  /** The row's actions, as the caller may take them. */
  actions: (o: Opportunity) => ReactNode;
}

/** One page of opportunities; it scrolls sideways in its own region on a narrow screen. */
export function OpportunitiesTable({ opportunities, now, actions }: OpportunitiesTableProps) {
  const columns = useMemo(() => opportunityColumns(now, actions), [now, actions]);
  const table = useTable({ features: opportunityFeatures, columns, data: opportunities });
  return (
    <ColumnTable
      caption="Opportunities"
      table={table}
      rowClassName={(o) => (isUrgent(o.event.kickOffUtc, now) ? 'urgent' : undefined)}
    />
  );
}
