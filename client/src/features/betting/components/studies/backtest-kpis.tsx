import { formatDecimal, formatNumber, formatPercent } from '../../../../shared/format';
import { KpiCards, type Fact } from '../../../../shared/ui';
import type { Backtest } from '../../api/use-backtest';

/** The backtest's headline figures, as cards. */
export function BacktestKpis({ backtest: b }: { backtest: Backtest }) {
  const clv = b.closingLineValue;
  const kpis: Fact[] = [
    ['Bets', formatNumber(b.bets)],
    ['Wins', formatNumber(b.wins)],
    ['Turnover', formatDecimal(b.turnover)],
    ['Profit', formatDecimal(b.profit)],
    ['Yield', formatPercent(b.yield)],
    ['Starting bankroll', formatDecimal(b.startingBankroll)],
    ['Final bankroll', formatDecimal(b.finalBankroll)],
    ['Max drawdown', formatPercent(b.maxDrawdown)],
    ['Bets with a close', formatNumber(clv.bets)],
    ['Mean CLV (raw)', formatPercent(clv.meanRaw)],
    ['Mean CLV (fair)', formatPercent(clv.meanFair)],
    ['Mean probability difference', formatPercent(clv.meanProbabilityDifference)],
    ['Closing-price yield', formatPercent(b.closingPriceYield)],
  ];
  return <KpiCards label="Backtest figures" kpis={kpis} />;
}
