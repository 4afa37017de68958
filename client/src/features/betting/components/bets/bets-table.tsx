import { useTable } from '@tanstack/react-table';
import { useMemo, type ReactNode } from 'react';
import type { Bet } from '../../api/use-bets';
import { betColumns, betFeatures } from './bet-columns';

interface BetsTableProps {
  bets: Bet[];
  /** The row's actions, as the caller may take them. */
  actions: (bet: Bet) => ReactNode;
}

/** One page of bets; it scrolls sideways in its own region on a narrow screen. */
export function BetsTable({ bets, actions }: BetsTableProps) {
  const columns = useMemo(() => betColumns(actions), [actions]);
  const table = useTable({ features: betFeatures, columns, data: bets });
  return (
    <div className="table-scroll" role="region" aria-label="Bets" tabIndex={0}>
      <table className="table numbers">
        <caption className="visually-hidden">Bets</caption>
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
            <tr key={row.id}>
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
