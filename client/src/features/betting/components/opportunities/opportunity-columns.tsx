import { createColumnHelper, tableFeatures } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { formatDateTime, formatDecimal, formatPercent } from '../../../../shared/format';
import { isUrgent, type Opportunity } from '../../api/use-opportunities';
import { marketWithLine } from '../studies/labels';

/** The table shows one server page as it comes: no features of its own. */
export const opportunityFeatures = tableFeatures({});
const c = createColumnHelper<typeof opportunityFeatures, Opportunity>();

export const matchOf = (o: Opportunity) => `${o.event.homeTeam} – ${o.event.awayTeam}`;
export const pickOf = (o: Opportunity) => `${marketWithLine(o.market, o.line)} ${o.selection}`;

/** "within 24 h" beside an urgent kick-off: the text says it, the row colour only helps. */
export function KickOff({ at, now }: { at: string; now: number }) {
  return (
    <>
      {formatDateTime(at)}
      {isUrgent(at, now) && (
        <>
          {' '}
          <span className="badge badge-urgent">within 24 h</span>
        </>
      )}
    </>
  );
}

/** The columns of the opportunities table, the actions last (given by the page). */
export const opportunityColumns = (now: number, actions: (o: Opportunity) => ReactNode) =>
  c.columns([
    c.display({
      id: 'kickOff',
      header: 'Kick-off',
      cell: (i) => <KickOff at={i.row.original.event.kickOffUtc} now={now} />,
    }),
    c.display({
      id: 'match',
      header: 'Match',
      cell: (i) => (
        <>
          {matchOf(i.row.original)}
          <br />
          <small>{i.row.original.event.competition}</small>
        </>
      ),
    }),
    c.display({ id: 'pick', header: 'Market and selection', cell: (i) => pickOf(i.row.original) }),
    c.accessor('bookmaker', { header: 'Book' }),
    c.accessor('odds', { header: 'Odds', cell: (i) => formatDecimal(i.getValue(), 2) }),
    c.accessor('fairOdds', { header: 'Fair odds', cell: (i) => formatDecimal(i.getValue(), 2) }),
    c.accessor('expectedValue', { header: 'EV', cell: (i) => formatPercent(i.getValue()) }),
    c.accessor('edge', { header: 'Edge', cell: (i) => formatPercent(i.getValue()) }),
    c.display({
      id: 'score',
      header: 'Score',
      cell: (i) => (
        <>
          {i.row.original.score} <span className="badge">{i.row.original.label}</span>
        </>
      ),
    }),
    c.display({
      id: 'agents',
      header: 'Agents',
      cell: (i) => {
        const o = i.row.original;
        const agents = o.agreeingAgents.length > 0 ? o.agreeingAgents.join(', ') : o.agentKey;
        return o.consensus ? `${agents} (consensus)` : agents;
      },
    }),
    c.display({
      id: 'actions',
      header: () => <span className="visually-hidden">Actions</span>,
      cell: (i) => actions(i.row.original),
    }),
  ]);
