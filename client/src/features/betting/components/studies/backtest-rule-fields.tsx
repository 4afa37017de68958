import { devigMethodValues, marketKindValues, snapshotKindValues } from '../../../../api/schema';
import type { BacktestFormValues } from '../../api/backtest-form';
import { InputField, SelectField, type Bind, type Bound } from './bound-fields';
import { marketLabel, snapshotLabel } from './labels';

/** Which of the prices taken of a match: opening, pre-closing or closing. */
function SnapshotField({ label, field }: { label: string; field: Bound }) {
  return <SelectField label={label} field={field} options={snapshotKindValues} text={snapshotLabel} />;
}

/** What is backed: whose prices, against whose fair probabilities, above which EV, in which markets. */
export function BacktestRuleFields({ bind }: { bind: Bind<keyof BacktestFormValues> }) {
  const markets = bind('markets');
  return (
    <fieldset className="form-grid">
      <legend>Rule</legend>
      <InputField label="Bet bookmaker" field={bind('betBookmaker')} />
      <SnapshotField label="Bet snapshot" field={bind('betSnapshot')} />
      <InputField label="Fair bookmaker" field={bind('fairBookmaker')} />
      <SnapshotField label="Fair snapshot" field={bind('fairSnapshot')} />
      <SelectField label="Devig method" field={bind('method')} options={devigMethodValues} />
      <InputField label="Minimum EV" field={bind('minimumEv')} inputMode="decimal" />
      <label className="checkbox">
        <input type="checkbox" {...bind('worstCase').props} /> Worst case (EV above the minimum under every
        method)
      </label>
      <fieldset className="choices">
        <legend>Markets</legend>
        {marketKindValues.map((m) => (
          <label key={m} className="checkbox">
            <input type="checkbox" value={m} {...markets.props} /> {marketLabel(m)}
          </label>
        ))}
        {markets.error && <span className="field-error">{markets.error}</span>}
      </fieldset>
    </fieldset>
  );
}
