import { formatDecimal, formatNumber, formatPercent } from '../../../../shared/format';
import type { BettingSummary } from '../../api/use-analytics';

/**
 * Realised profit and loss, then the closing-line value apart: CLV measures the prices taken, not the results,
 * so a positive-CLV strategy can still lose money over a season.
 */
export function BetKpis({ summary: s }: { summary: BettingSummary }) {
  const p = s.performance;
  const currency = s.currency ?? '';
  const money = (n: number) => `${formatDecimal(n)} ${currency}`.trim();
  const realised: [string, string][] = [
    ['Staked', money(p.staked)],
    ['Profit', money(p.profit)],
    ['ROI', formatPercent(p.roi)],
    ['Hit rate', formatPercent(p.hitRate)],
    ['Settled bets', formatNumber(p.settled)],
    ['Open exposure', money(s.openExposure)],
    ['Pending bets', formatNumber(s.pendingCount)],
  ];
  const expected: [string, string][] = [
    ['Average CLV (raw)', formatPercent(p.meanClvRaw)],
    ['Average CLV (fair)', formatPercent(p.meanClvFair)],
    ['Bets with a close', formatNumber(p.clvRawCount)],
  ];
  return (
    <>
      <Cards label="Profit and loss" kpis={realised} />
      <Cards label="Closing-line value" kpis={expected} />
      <p className="hint">
        Closing-line value shows whether you beat the closing price; it is not profit. A strategy with
        positive expected value can still lose over a season.
      </p>
    </>
  );
}

function Cards({ label, kpis }: { label: string; kpis: [string, string][] }) {
  return (
    <dl className="kpis" aria-label={label}>
      {kpis.map(([name, value]) => (
        <div key={name} className="kpi">
          <dt>{name}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
