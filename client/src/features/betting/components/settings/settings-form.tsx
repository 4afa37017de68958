import { CheckedForm } from '../../../../shared/ui';
import { settingsSchema, toFormValues, toSettingsBody, type BettingSettings } from '../../api/settings-form';
import type { BettingSettingsBody } from '../../api/settings-form';
import { AgentsAlertsFields } from './agents-alerts-fields';
import { CollectionSettingsFields } from './collection-settings-fields';
import { OddsApiKeyFields } from './odds-api-key-fields';
import { StakingSettingsFields } from './staking-settings-fields';
import { useSettingsForm } from './use-settings-form';

interface SettingsFormProps {
  settings: BettingSettings;
  /** Admins edit; everyone else sees the settings read-only. */
  canEdit: boolean;
  busy: boolean;
  apiError: unknown;
  onSave: (body: BettingSettingsBody) => void;
}

export function SettingsForm({ settings, canEdit, busy, apiError, onSave }: SettingsFormProps) {
  const { form, bind } = useSettingsForm(settings, apiError);
  // The key goes from the stored settings, not the form's edits: removing it saves nothing else.
  const removeKey = () => {
    onSave(toSettingsBody(settingsSchema.parse(toFormValues(settings)), settings.version, true));
  };
  return (
    <CheckedForm
      label="Betting settings"
      onSubmit={form.handleSubmit((values) => {
        onSave(toSettingsBody(values, settings.version));
      })}
    >
      <fieldset disabled={!canEdit} className="form">
        <legend className="visually-hidden">Settings</legend>
        <StakingSettingsFields bind={bind} />
        <OddsApiKeyFields
          bind={bind}
          settings={settings}
          busy={busy}
          onRemove={canEdit ? removeKey : undefined}
        />
        <CollectionSettingsFields bind={bind} />
        <AgentsAlertsFields bind={bind} />
      </fieldset>
      {canEdit ? (
        <button type="submit" disabled={busy}>
          Save settings
        </button>
      ) : (
        <p className="hint">Only Admins change these settings.</p>
      )}
    </CheckedForm>
  );
}
