import type { Fact } from './facts';

interface KpiCardsProps {
  /** The list's accessible name, when the heading around it does not say what the figures are. */
  label?: string;
  kpis: readonly Fact[];
}

/** Headline figures as a description list of cards, a label over each value. */
export function KpiCards({ label, kpis }: KpiCardsProps) {
  return (
    <dl className="kpis" aria-label={label}>
      {kpis.map(([name, value]) => (
        <div key={name} className="kpi">
          <dt>{name}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
