import { useEffect, useId, useRef, type ReactNode } from 'react';
import { formatDateTime, formatDecimal, formatPercent } from '../../../../shared/format';
import { DataTable, KpiCards } from '../../../../shared/ui';
import type { Opportunity } from '../../api/use-opportunities';
import { KickOff, matchOf, pickOf } from './opportunity-columns';

/** The score in one line, as `OpportunityScore` computes it. */
export const SCORE_FORMULA =
  'Score = 100 × (0.35 edge + 0.25 agreement + 0.15 odds level + 0.10 time to kick-off + 0.15 market margin), ' +
  'each factor from 0 to 1; Analyser from 50 with an EV of at most 25 %, else Prudence.';

interface OpportunityAuditProps {
  opportunity: Opportunity;
  now: number;
  onClose: () => void;
  /** The place-bet action, when the caller may place bets on this (open) opportunity. */
  actions?: ReactNode;
}

/**
 * How an opportunity was found: the raw prices with their capture times, the devig method, the margin, the
 * fair price, the EV and its spread across methods, the agent's reasons and the score; once closed, the
 * close and the result. Focus moves to it when it opens and back to the opener when it closes.
 */
export function OpportunityAudit({ opportunity: o, now, onClose, actions }: OpportunityAuditProps) {
  const titleId = useId();
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeRef.current?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const method =
    o.methodParameter == null ? o.method : `${o.method} (${formatDecimal(o.methodParameter, 4)})`;
  const agents = o.agreeingAgents.length > 0 ? o.agreeingAgents.join(', ') : 'none';
  const closed = o.closingOdds != null || o.clvFair != null || o.clvRaw != null || o.result != null;

  return (
    <section
      role="dialog"
      aria-labelledby={titleId}
      className="dialog"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <h2 id={titleId}>
        {matchOf(o)}: {pickOf(o)}
      </h2>
      <p>
        {o.event.competition}, kick-off <KickOff at={o.event.kickOffUtc} now={now} />. Status {o.status};
        raised {formatDateTime(o.raisedAt)}, priced {formatDateTime(o.pricedAt)}
        {o.withdrawnAt ? `, withdrawn ${formatDateTime(o.withdrawnAt)}` : ''}, expires{' '}
        {formatDateTime(o.expiresAt)}.
      </p>
      <h3>Devig audit</h3>
      <KpiCards
        label="Devig audit"
        kpis={[
          ['Book and odds', `${o.bookmaker} at ${formatDecimal(o.odds, 2)}`],
          ['Method', method],
          ['Margin', formatPercent(o.margin)],
          ['Fair probability', formatPercent(o.fairProbability)],
          ['Fair odds', formatDecimal(o.fairOdds, 2)],
          ['EV', formatPercent(o.expectedValue)],
          [
            'EV across methods',
            `${formatPercent(o.lowestExpectedValue)} to ${formatPercent(o.highestExpectedValue)}`,
          ],
          ['Edge', formatPercent(o.edge)],
          ['Reference', o.reference],
        ]}
      />
      <p>
        <strong>Reasons:</strong> {o.reasons}
      </p>
      <DataTable caption="Raw prices" columns={['Bookmaker', 'Selection', 'Price', 'Captured at']}>
        {o.prices.map((p) => (
          <tr key={`${p.bookmaker}-${p.selection}-${p.capturedAt}`}>
            <td>{p.bookmaker}</td>
            <td>{p.selection}</td>
            <td>{formatDecimal(p.price, 2)}</td>
            <td>{formatDateTime(p.capturedAt)}</td>
          </tr>
        ))}
      </DataTable>
      <h3>Agent and score</h3>
      <KpiCards
        label="Agent and score"
        kpis={[
          ['Agent', `${o.agentKey} ${o.agentVersion}`],
          ['Score', `${String(o.score)} (${o.label})`],
          ['Consensus', o.consensus ? `Yes, weight ${formatDecimal(o.consensusWeight, 2)}` : 'No'],
          ['Agreeing agents', agents],
        ]}
      />
      <p>
        <small>{SCORE_FORMULA}</small>
      </p>
      {closed && (
        <>
          <h3>Close and result</h3>
          <KpiCards
            label="Close and result"
            kpis={[
              ['Closing odds', formatDecimal(o.closingOdds, 2)],
              ['CLV (fair)', formatPercent(o.clvFair)],
              ['CLV (raw)', formatPercent(o.clvRaw)],
              ['Result', o.result ?? '—'],
            ]}
          />
        </>
      )}
      <div className="dialog-actions">
        {actions}
        <button type="button" ref={closeRef} onClick={onClose}>
          Close
        </button>
      </div>
    </section>
  );
}
