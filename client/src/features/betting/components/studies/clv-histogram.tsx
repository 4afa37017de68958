import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { formatPercent } from '../../../../shared/format';
import type { Backtest } from '../../api/use-backtest';

type Bucket = Backtest['closingLineValue']['distribution'][number];

/** "−2% to 0%", "below −10%", "10% and above". */
function bucketLabel({ from, to }: Bucket) {
  if (from == null) return `below ${formatPercent(to, 0)}`;
  if (to == null) return `${formatPercent(from, 0)} and above`;
  return `${formatPercent(from, 0)} to ${formatPercent(to, 0)}`;
}

/** How many bets had each raw CLV, in steps of 2 %. */
export function ClvHistogram({ backtest }: { backtest: Backtest }) {
  const { distribution, bets } = backtest.closingLineValue;
  const data = useMemo(
    () => distribution.map((b) => ({ range: bucketLabel(b), count: b.count })),
    [distribution],
  );
  if (data.length === 0) return <p className="empty">No bet had a closing line.</p>;
  const summary = `Histogram of the raw CLV of ${bets} bets: ${data.map((d) => `${d.range}: ${d.count}`).join('; ')}`;
  return (
    <div className="chart" role="img" aria-label={summary}>
      <BarChart responsive data={data} accessibilityLayer={false} style={{ width: '100%', height: 240 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="range" interval="preserveStartEnd" />
        <YAxis allowDecimals={false} width={40} />
        <Tooltip />
        <Bar dataKey="count" name="Bets" fill="var(--accent)" isAnimationActive={false} />
      </BarChart>
    </div>
  );
}
