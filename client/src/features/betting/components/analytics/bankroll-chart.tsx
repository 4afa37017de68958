import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDecimal } from '../../../../shared/format';
import type { BankrollSeries } from '../../api/use-analytics';

/** Cumulative profit per day of settlement, from 0 (add the starting bankroll to read the bankroll). */
export function BankrollChart({ series }: { series: BankrollSeries }) {
  if (series.points.length === 0) return <p className="empty">No settled bets in this period.</p>;
  const summary =
    `Cumulative profit over ${series.points.length} days: ${formatDecimal(series.totalProfit)} ${series.currency ?? ''}, ` +
    `max drawdown ${formatDecimal(series.maxDrawdown)}`;
  return (
    <div className="chart" role="img" aria-label={summary}>
      <LineChart
        responsive
        data={series.points}
        accessibilityLayer={false}
        style={{ width: '100%', height: 260 }}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="date" />
        <YAxis width={64} tickFormatter={(v: number) => formatDecimal(v, 0)} />
        <Tooltip formatter={(v) => formatDecimal(Number(v))} />
        <Line
          type="linear"
          dataKey="cumulativeProfit"
          name="Cumulative profit"
          dot={false}
          stroke="var(--accent)"
          isAnimationActive={false}
        />
      </LineChart>
      <figcaption>{summary}</figcaption>
    </div>
  );
}
