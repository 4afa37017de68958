import { Area, AreaChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { formatPercent } from '../../../../shared/format';
import type { WinRate } from '../../api/use-analytics';

/** Hit rate per week or month of settlement. */
export function WinRateChart({ winRate }: { winRate: WinRate }) {
  if (winRate.points.length === 0) return <p className="empty">No settled bets in this period.</p>;
  const data = winRate.points.map((p) => ({ start: p.start, hitRate: p.hitRate ?? 0 }));
  const summary = `Hit rate per ${winRate.bucket} over ${data.length} ${winRate.bucket}s`;
  return (
    <div className="chart" role="img" aria-label={summary}>
      <AreaChart responsive data={data} accessibilityLayer={false} style={{ width: '100%', height: 240 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="start" />
        <YAxis width={56} domain={[0, 1]} tickFormatter={(v: number) => formatPercent(v, 0)} />
        <Tooltip formatter={(v) => formatPercent(Number(v))} />
        <Area
          dataKey="hitRate"
          name="Hit rate"
          stroke="var(--accent)"
          fill="var(--accent)"
          isAnimationActive={false}
        />
      </AreaChart>
      <figcaption>{summary}</figcaption>
    </div>
  );
}
