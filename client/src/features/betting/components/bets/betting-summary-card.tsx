import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDecimal, formatPercent } from '../../../../shared/format';
import { KpiCards, type Fact } from '../../../../shared/ui';
import type { BettingSummary } from '../../api/use-analytics';

/**
 * The betting figures of the dashboard: today's and this week's profit (UTC), ROI, CLV and what is still at stake;
 * `children` (the urgent opportunities) below them.
 */
export function BettingSummaryCard({
  summary: s,
  children,
}: {
  summary: BettingSummary;
  children?: ReactNode;
}) {
  const money = (n: number) => `${formatDecimal(n)} ${s.currency ?? ''}`.trim();
  const figures: Fact[] = [
    ['Profit today', money(s.todayProfit)],
    ['Profit this week', money(s.weekProfit)],
    ['ROI', formatPercent(s.performance.roi)],
    ['Average CLV (raw)', formatPercent(s.performance.meanClvRaw)],
    ['Open exposure', `${money(s.openExposure)} on ${String(s.pendingCount)} bets`],
  ];
  return (
    <section className="card" aria-labelledby="betting-card-title">
      <div className="card-header">
        <h2 id="betting-card-title">Betting</h2>
        <Link to="/betting/bets">All bets</Link>
      </div>
      <KpiCards label="Betting figures" kpis={figures} />
      {children}
    </section>
  );
}
