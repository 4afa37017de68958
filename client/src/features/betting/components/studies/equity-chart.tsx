import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDecimal } from '../../../../shared/format';
import type { Backtest } from '../../api/use-backtest';

/** The bankroll before the first bet, then after each one. */
const curve = (b: Backtest) => [
  { bet: 0, bankroll: b.startingBankroll },
  ...b.items.map((item, i) => ({ bet: i + 1, bankroll: item.bankrollAfter })),
];

/** The equity curve; screen readers get its start and end, the figures being in the bets table. */
export function EquityChart({ backtest }: { backtest: Backtest }) {
  const data = useMemo(() => curve(backtest), [backtest]);
  const summary =
    `Equity curve: the bankroll goes from ${formatDecimal(backtest.startingBankroll)} ` +
    `to ${formatDecimal(backtest.finalBankroll)} over ${backtest.bets} bets`;
  return (
    <div className="chart" role="img" aria-label={summary}>
      <LineChart responsive data={data} accessibilityLayer={false} style={{ width: '100%', height: 280 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="bet" type="number" domain={[0, 'dataMax']} />
        <YAxis domain={['auto', 'auto']} width={64} tickFormatter={(v: number) => formatDecimal(v, 0)} />
        <Tooltip
          formatter={(v) => formatDecimal(Number(v))}
          labelFormatter={(l) => `After bet ${Number(l)}`}
        />
        <Line
          type="linear"
          dataKey="bankroll"
          name="Bankroll"
          dot={false}
          stroke="var(--accent)"
          isAnimationActive={false}
        />
      </LineChart>
    </div>
  );
}
