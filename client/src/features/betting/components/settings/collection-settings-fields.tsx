import type { Bound } from '../studies/bound-fields';
import { InputField, type Bind } from '../studies/bound-fields';
import { REGIONS, type SettingsFormValues } from '../../api/settings-form';
import { SPORT_KEYS_FIELDS } from './settings-anchors';

/** What the Odds API collection fetches, how often, and the credits it leaves untouched. */
export function CollectionSettingsFields({ bind }: { bind: Bind<keyof SettingsFormValues> }) {
  const regions: Bound = bind('regions');
  return (
    <fieldset className="form-grid" id={SPORT_KEYS_FIELDS}>
      <legend>Collection and quota</legend>
      <InputField
        label="Collect every (minutes)"
        field={bind('collectionIntervalMinutes')}
        inputMode="numeric"
      />
      <InputField label="Credits kept in reserve" field={bind('requestsReserve')} inputMode="numeric" />
      <InputField
        label="Sport keys"
        field={bind('sportKeys')}
        placeholder="soccer_epl, soccer_germany_bundesliga"
      />
      <fieldset className="choices">
        <legend>Regions</legend>
        {REGIONS.map((r) => (
          <label key={r} className="checkbox">
            <input type="checkbox" value={r} {...regions.props} /> {r}
          </label>
        ))}
        {regions.error && <span className="field-error">{regions.error}</span>}
      </fieldset>
      <p className="hint">
        Collection stops once the Odds API reports this many credits left or fewer, until its monthly reset.
      </p>
    </fieldset>
  );
}
