import { InputField, type Bind } from '../studies/bound-fields';
import type { BettingSettings, SettingsFormValues } from '../../api/settings-form';
import { ODDS_API_KEY_FIELDS } from './settings-anchors';

interface OddsApiKeyFieldsProps {
  bind: Bind<keyof SettingsFormValues>;
  settings: BettingSettings;
  /** Admins only: removes the stored key (nothing else changes). */
  onRemove?: (() => void) | undefined;
  busy: boolean;
}

/** The Odds API key: never shown, only its hint; typing a new one replaces it on save. */
export function OddsApiKeyFields({ bind, settings, onRemove, busy }: OddsApiKeyFieldsProps) {
  return (
    <fieldset className="form-grid" id={ODDS_API_KEY_FIELDS}>
      <legend>Odds API</legend>
      <p className="hint" aria-live="polite">
        {settings.oddsApiKeySet
          ? `A key is set, ending in ${settings.oddsApiKeyHint ?? '…'}. It is stored encrypted and never shown.`
          : 'No key is set: odds are not collected.'}
      </p>
      <InputField
        label={settings.oddsApiKeySet ? 'Replace key' : 'API key'}
        field={bind('oddsApiKey')}
        type="password"
        autoComplete="off"
        placeholder={settings.oddsApiKeySet ? 'Leave empty to keep the key' : ''}
      />
      {onRemove && settings.oddsApiKeySet && (
        <button type="button" className="danger" disabled={busy} onClick={onRemove}>
          Remove key
        </button>
      )}
    </fieldset>
  );
}
