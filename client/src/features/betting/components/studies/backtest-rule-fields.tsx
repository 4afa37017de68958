import { devigMethodValues, marketKindValues, snapshotKindValues } from '../../../../api/schema';
import type { BacktestFormValues } from '../../api/backtest-form';
import { InputField, SelectField, type Bind } from './bound-fields';
import { marketLabel, snapshotLabel } from './labels';

/** What is backed: whose prices, against whose fair probabilities, above which EV, in which markets. */
export function BacktestRuleFields({ bind }: { bind: Bind<keyof BacktestFormValues> }) {
  const markets = bind('markets');
  return (
    <fieldset className="form-grid">
      <legend>Rule</legend>
      <InputField label="Bet bookmaker" field={bind('betBookmaker')} />
      <SelectField
        label="Bet snapshot"
        field={bind('betSnapshot')}
        options={snapshotKindValues}
        text={snapshotLabel}
      />
      <InputField label="Fair bookmaker" field={bind('fairBookmaker')} />
      <SelectField
        label="Fair snapshot"
        field={bind('fairSnapshot')}
        options={snapshotKindValues}
        text={snapshotLabel}
      />
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
