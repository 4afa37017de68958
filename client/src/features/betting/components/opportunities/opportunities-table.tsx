import { useTable } from '@tanstack/react-table';
import { useMemo, type ReactNode } from 'react';
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
    <div className="table-scroll" role="region" aria-label="Opportunities" tabIndex={0}>
      <table className="table numbers">
        <caption className="visually-hidden">Opportunities</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col">
                  <table.FlexRender header={header} />
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className={isUrgent(row.original.event.kickOffUtc, now) ? 'urgent' : undefined}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
