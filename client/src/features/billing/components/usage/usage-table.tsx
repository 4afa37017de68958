import { formatNumber } from '../../../../shared/format';
import { DataTable } from '../../../../shared/ui';
import type { Meter, MeterAggregation, MeterUsage } from '../../api/use-usage';

const COLUMNS = ['Meter', 'Code', 'Counts', 'Quantity', 'Unit', 'Events'] as const;

const AGGREGATIONS: Record<Exclude<MeterAggregation, 'UniqueCount'>, string> = {
  Sum: 'total of the values',
  Max: 'largest value',
  Last: 'latest value',
  Count: 'number of events',
};

/** How a meter makes its quantity of the period's events, in words; `property` is what a unique count counts. */
export const aggregationInWords = (aggregation: MeterAggregation, property: string | null | undefined) =>
  aggregation === 'UniqueCount' ? `distinct ${property ?? 'values'}` : AGGREGATIONS[aggregation];

interface UsageTableProps {
  usage: MeterUsage[];
  /** The meters, for what each unique count counts. */
  meters: readonly Meter[];
}

/** Each meter's quantity so far in the period; it scrolls sideways in its own region on a phone. */
export function UsageTable({ usage, meters }: UsageTableProps) {
  return (
    <DataTable caption="Usage per meter" columns={COLUMNS}>
      {usage.map((u) => (
        <tr key={u.meter}>
          <td>{u.name}</td>
          <td>
            <code>{u.meter}</code>
          </td>
          <td>{aggregationInWords(u.aggregation, meters.find((m) => m.code === u.meter)?.property)}</td>
          <td className="amount">{formatNumber(u.quantity)}</td>
          <td>{u.unit}</td>
          <td className="amount">{formatNumber(u.events)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
