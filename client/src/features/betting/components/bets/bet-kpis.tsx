import { formatDecimal, formatNumber, formatPercent } from '../../../../shared/format';
import { KpiCards, type Fact } from '../../../../shared/ui';
import type { BettingSummary } from '../../api/use-analytics';

/**
 * Realised profit and loss, then the closing-line value apart: CLV measures the prices taken, not the results,
 * so a positive-CLV strategy can still lose money over a season.
 */
export function BetKpis({ summary: s }: { summary: BettingSummary }) {
  const p = s.performance;
  const currency = s.currency ?? '';
  const money = (n: number) => `${formatDecimal(n)} ${currency}`.trim();
  const realised: Fact[] = [
    ['Staked', money(p.staked)],
    ['Profit', money(p.profit)],
    ['ROI', formatPercent(p.roi)],
    ['Hit rate', formatPercent(p.hitRate)],
    ['Settled bets', formatNumber(p.settled)],
    ['Open exposure', money(s.openExposure)],
    ['Pending bets', formatNumber(s.pendingCount)],
  ];
  const expected: Fact[] = [
    ['Average CLV (raw)', formatPercent(p.meanClvRaw)],
    ['Average CLV (fair)', formatPercent(p.meanClvFair)],
    ['Bets with a close', formatNumber(p.clvRawCount)],
  ];
  return (
    <>
      <KpiCards label="Profit and loss" kpis={realised} />
      <KpiCards label="Closing-line value" kpis={expected} />
      <p className="hint">
        Closing-line value shows whether you beat the closing price; it is not profit. A strategy with
        positive expected value can still lose over a season.
      </p>
    </>
  );
}
