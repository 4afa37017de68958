import type { Bind } from '../studies/bound-fields';
import { InputField } from '../studies/bound-fields';
import type { SettingsFormValues } from '../../api/settings-form';

/** The bankroll bets start from and how they are sized (fractional Kelly with caps). */
export function StakingSettingsFields({ bind }: { bind: Bind<keyof SettingsFormValues> }) {
  return (
    <fieldset className="form-grid">
      <legend>Bankroll and staking</legend>
      <InputField label="Initial bankroll" field={bind('bankrollAmount')} inputMode="decimal" />
      <InputField
        label="Currency"
        field={bind('bankrollCurrency')}
        maxLength={3}
        autoCapitalize="characters"
      />
      <InputField label="Kelly fraction (λ)" field={bind('kellyFraction')} inputMode="decimal" />
      <InputField label="Minimum edge (θ)" field={bind('minimumEdge')} inputMode="decimal" />
      <InputField label="Most per bet (f_max)" field={bind('maxBetShare')} inputMode="decimal" />
      <InputField label="Most open at once (F_max)" field={bind('maxOpenShare')} inputMode="decimal" />
      <p className="hint">
        Fractions of one: 0.25 is a quarter. A suggested stake is λ × full Kelly, at most f_max of the
        bankroll, and lowered so that open bets and the new one stay within F_max.
      </p>
    </fieldset>
  );
}
