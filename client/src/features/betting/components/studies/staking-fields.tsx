import { backtestStakingValues } from '../../../../api/schema';
import type { BacktestFormValues } from '../../api/backtest-form';
import { InputField, SelectField, type Bind } from './bound-fields';

interface StakingFieldsProps {
  bind: Bind<keyof BacktestFormValues>;
  /** The plan chosen: only its fields are shown (and sent). */
  staking: BacktestFormValues['staking'];
}

/** How bets are sized, and the bankroll they start from. */
export function StakingFields({ bind, staking }: StakingFieldsProps) {
  return (
    <fieldset className="form-grid">
      <legend>Staking</legend>
      <SelectField label="Staking" field={bind('staking')} options={backtestStakingValues} />
      {staking === 'Flat' && <InputField label="Stake" field={bind('stake')} inputMode="decimal" />}
      {staking === 'Percentage' && (
        <InputField label="Share of bankroll" field={bind('share')} inputMode="decimal" />
      )}
      {staking === 'Kelly' && (
        <>
          <InputField label="Kelly multiplier" field={bind('kellyMultiplier')} inputMode="decimal" />
          <InputField label="Kelly cap (optional)" field={bind('kellyCap')} inputMode="decimal" />
        </>
      )}
      <InputField label="Starting bankroll" field={bind('bankroll')} inputMode="decimal" />
    </fieldset>
  );
}
