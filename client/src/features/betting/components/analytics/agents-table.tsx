import { formatDecimal, formatNumber, formatPercent } from '../../../../shared/format';
import { DataTable } from '../../../../shared/ui';
import type { AgentPerformance } from '../../api/use-analytics';

const COLUMNS = [
  'Agent',
  'Bets',
  'Staked',
  'Profit',
  'ROI',
  'Hit rate',
  'Mean CLV (raw)',
  'Max drawdown',
  'Sharpe (daily)',
];

/** Each agent's settled bets side by side; "Manual" are the bets recorded by hand. */
export function AgentsTable({ agents }: { agents: AgentPerformance }) {
  if (agents.items.length === 0) return <p className="empty">No settled bets in this period.</p>;
  return (
    <DataTable caption="Agents" regionLabel="Agents table" columns={COLUMNS}>
      {agents.items.map((a) => (
        <tr key={a.agentKey ?? ''}>
          <td>{a.agentKey ?? 'Manual'}</td>
          <td>{formatNumber(a.performance.settled)}</td>
          <td>{formatDecimal(a.performance.staked)}</td>
          <td>{formatDecimal(a.performance.profit)}</td>
          <td>{formatPercent(a.performance.roi)}</td>
          <td>{formatPercent(a.performance.hitRate)}</td>
          <td>{formatPercent(a.performance.meanClvRaw)}</td>
          <td>{formatDecimal(a.maxDrawdown)}</td>
          <td>{formatDecimal(a.sharpe, 3)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
