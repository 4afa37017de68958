import { formatDecimal } from '../../../../shared/format';
import type { PlacementHeatmap as Heatmap } from '../../api/use-analytics';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const HOURS = Array.from({ length: 24 }, (_, h) => h);

/**
 * Bets by UTC day of week and hour of placement, as a table: each cell says its count and profit in text, its
 * shade only repeats the count.
 */
export function PlacementHeatmap({ heatmap }: { heatmap: Heatmap }) {
  if (heatmap.items.length === 0) return <p className="empty">No settled bets in this period.</p>;
  const cells = new Map(heatmap.items.map((c) => [`${c.dayOfWeek}:${c.hour}`, c]));
  const most = Math.max(...heatmap.items.map((c) => c.count));
  return (
    <div className="table-scroll" role="region" aria-label="Bets by day and hour" tabIndex={0}>
      <table className="table heatmap">
        <caption className="visually-hidden">
          Bets by day and hour of placement (UTC): count and profit
        </caption>
        <thead>
          <tr>
            <th scope="col">Hour</th>
            {DAYS.map((d) => (
              <th key={d} scope="col">
                {d}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {HOURS.map((h) => (
            <tr key={h}>
              <th scope="row">{`${String(h).padStart(2, '0')}:00`}</th>
              {DAYS.map((d, i) => {
                const cell = cells.get(`${i + 1}:${h}`);
                return (
                  <td
                    key={d}
                    style={
                      cell
                        ? {
                            background: `color-mix(in srgb, var(--accent) ${Math.round((cell.count / most) * 40)}%, transparent)`,
                          }
                        : undefined
                    }
                  >
                    {cell ? `${cell.count} · ${formatDecimal(cell.profit)}` : ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
