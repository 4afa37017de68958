import { formatDateTime, formatDecimal, formatPercent } from '../../../../shared/format';
import type { Bet } from '../../api/use-bets';
import { marketLabel } from '../studies/labels';
import { createColumnHelper, tableFeatures } from '@tanstack/react-table';
import type { ReactNode } from 'react';

/** The bets table shows one server page as it comes: no features of its own. */
export const betFeatures = tableFeatures({});
const c = createColumnHelper<typeof betFeatures, Bet>();

const pick = (b: Bet) => `${marketLabel(b.market)} ${b.selection}${b.line === 0 ? '' : ` ${b.line}`}`;

const signedLine = (b: Bet, line: number) =>
  b.market === 'AsianHandicap' && line > 0 ? `+${line}` : `${line}`;

/**
 * The fair CLV; for a handicap or total whose line moved before the close, the figure re-priced to the bet's line by the
 * goal model, said so, with the raw close (its line and odds) beside it.
 */
const fairClv = (b: Bet): ReactNode =>
  b.clvLineRepriced && b.closingLine != null ? (
    <>
      {formatPercent(b.clvRepricedFair)}{' '}
      <small className="text-body-secondary">
        re-priced from line {signedLine(b, b.closingLine)} (closed at {formatDecimal(b.closingOdds, 3)})
      </small>
    </>
  ) : (
    formatPercent(b.clvFair)
  );

/** The columns of the bets table, the actions last (given by the page, which knows the caller's rights). */
export const betColumns = (actions: (bet: Bet) => ReactNode) =>
  c.columns([
    c.accessor('placedAt', { header: 'Placed', cell: (i) => formatDateTime(i.getValue()) }),
    c.display({ id: 'pick', header: 'Pick', cell: (i) => pick(i.row.original) }),
    c.accessor('odds', { header: 'Odds', cell: (i) => formatDecimal(i.getValue(), 3) }),
    c.accessor('stake', {
      header: 'Stake',
      cell: (i) => `${formatDecimal(i.getValue().amount)} ${i.getValue().currency}`,
    }),
    c.accessor('status', { header: 'Status' }),
    c.accessor('profit', { header: 'Profit', cell: (i) => formatDecimal(i.getValue()) }),
    c.accessor('clvRaw', { header: 'CLV (raw)', cell: (i) => formatPercent(i.getValue()) }),
    c.display({ id: 'clvFair', header: 'CLV (fair)', cell: (i) => fairClv(i.row.original) }),
    c.accessor('agentKey', { header: 'Agent', cell: (i) => i.getValue() ?? 'Manual' }),
    c.display({
      id: 'actions',
      header: () => <span className="visually-hidden">Actions</span>,
      cell: (i) => actions(i.row.original),
    }),
  ]);
