import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ProblemAlert, Spinner } from '../../../shared/ui';
import {
  PERIODS,
  useAgentPerformance,
  useBankrollSeries,
  useBookmakerPerformance,
  useHeatmap,
  useWinRate,
  type Period,
} from '../api/use-analytics';
import { AgentsTable } from '../components/analytics/agents-table';
import { BankrollChart } from '../components/analytics/bankroll-chart';
import { BookmakerRoiChart } from '../components/analytics/bookmaker-roi-chart';
import { PlacementHeatmap } from '../components/analytics/placement-heatmap';
import { WinRateChart } from '../components/analytics/win-rate-chart';

const LABELS: Record<Period, string> = {
  '7d': '7 days',
  '30d': '30 days',
  '90d': '90 days',
  all: 'All time',
};

/** One panel: its query's loading and error states, or what `children` draws of its data. */
function Panel<T>({
  title,
  query,
  children,
}: {
  title: string;
  query: UseQueryResult<T>;
  children: (d: T) => ReactNode;
}) {
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      {query.isPending ? (
        <Spinner label={`Loading ${title.toLowerCase()}`} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} />
      ) : (
        children(query.data)
      )}
    </section>
  );
}

/** How the organization's settled bets did over a period: bankroll, bookmakers, hit rate, timing and agents. */
export function AnalyticsPage() {
  const [params] = useSearchParams();
  const asked = params.get('period');
  const period: Period = PERIODS.find((p) => p === asked) ?? 'all';
  const query = { period };
  return (
    <>
      <h1>Analytics</h1>
      <nav className="tabs" aria-label="Period">
        {PERIODS.map((p) => (
          <Link key={p} to={`?period=${p}`} aria-current={p === period ? 'page' : undefined}>
            {LABELS[p]}
          </Link>
        ))}
      </nav>
      <Panel title="Bankroll over time" query={useBankrollSeries(query)}>
        {(s) => <BankrollChart series={s} />}
      </Panel>
      <Panel title="ROI by bookmaker" query={useBookmakerPerformance(query)}>
        {(b) => <BookmakerRoiChart bookmakers={b} />}
      </Panel>
      <Panel title="Win rate per week" query={useWinRate({ ...query, bucket: 'week' })}>
        {(w) => <WinRateChart winRate={w} />}
      </Panel>
      <Panel title="When bets were placed" query={useHeatmap(query)}>
        {(h) => <PlacementHeatmap heatmap={h} />}
      </Panel>
      <Panel title="Agents" query={useAgentPerformance(query)}>
        {(a) => <AgentsTable agents={a} />}
      </Panel>
    </>
  );
}
