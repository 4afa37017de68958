import { useTable } from '@tanstack/react-table';
import { useMemo, type ReactNode } from 'react';
import { ColumnTable } from '../../../../shared/ui';
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
  return <ColumnTable caption="Bets" table={table} />;
}
