import { formatNumber, formatPercent } from '../../../../shared/format';
import { KpiCards, type Fact } from '../../../../shared/ui';
import type { MarketStudy } from '../../api/use-market-study';

/** How many matches the filter read and how they ended. */
export function MarketStudySummary({ study }: { study: MarketStudy }) {
  const share = (n: number) => (study.matches > 0 ? ` (${formatPercent(n / study.matches, 1)})` : '');
  const facts: Fact[] = [
    ['Matches', formatNumber(study.matches)],
    ['Home wins', `${formatNumber(study.homeWins)}${share(study.homeWins)}`],
    ['Draws', `${formatNumber(study.draws)}${share(study.draws)}`],
    ['Away wins', `${formatNumber(study.awayWins)}${share(study.awayWins)}`],
  ];
  return <KpiCards kpis={facts} />;
}
