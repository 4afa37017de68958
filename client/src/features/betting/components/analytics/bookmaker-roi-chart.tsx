import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { formatPercent } from '../../../../shared/format';
import type { BookmakerPerformance } from '../../api/use-analytics';

/** ROI (yield) of each bookmaker's settled bets. */
export function BookmakerRoiChart({ bookmakers }: { bookmakers: BookmakerPerformance }) {
  if (bookmakers.items.length === 0) return <p className="empty">No settled bets in this period.</p>;
  const data = bookmakers.items.map((b) => ({ bookmaker: b.bookmakerKey, roi: b.performance.roi ?? 0 }));
  const summary = `ROI by bookmaker: ${data.map((d) => `${d.bookmaker} ${formatPercent(d.roi)}`).join(', ')}`;
  return (
    <div className="chart" role="img" aria-label={summary}>
      <BarChart responsive data={data} accessibilityLayer={false} style={{ width: '100%', height: 240 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="bookmaker" />
        <YAxis width={56} tickFormatter={(v: number) => formatPercent(v, 0)} />
        <Tooltip formatter={(v) => formatPercent(Number(v))} />
        <Bar dataKey="roi" name="ROI" fill="var(--accent)" isAnimationActive={false} />
      </BarChart>
      <figcaption>{summary}</figcaption>
    </div>
  );
}
