import {
  alertPreferencesSchema,
  toAlertBody,
  toAlertFormValues,
  type AlertPreferences,
  type AlertPreferencesBody,
} from '../../api/alert-preferences-form';
import { CheckedForm } from '../../../../shared/ui';
import { SwitchField } from '../studies/bound-fields';
import { AlertThresholdsFieldset } from './alert-thresholds-fieldset';
import { useAlertForm } from './use-alert-form';
import { WebhookFields } from './webhook-fields';

interface AlertPreferencesFormProps {
  preferences: AlertPreferences;
  busy: boolean;
  apiError: unknown;
  onSave: (body: AlertPreferencesBody) => void;
}

const CHANNELS = [
  ['live', 'Live in the app'],
  ['email', 'E-mail'],
  ['webhook', 'Webhook'],
] as const;

/** The member's own alerts: thresholds, channels and the webhook. */
export function AlertPreferencesForm({ preferences, busy, apiError, onSave }: AlertPreferencesFormProps) {
  const { form, bind } = useAlertForm(preferences, apiError);
  const format = form.watch('webhookFormat');
  // Removing goes from the stored preferences, not the form's edits.
  const removeWebhook = () => {
    onSave(toAlertBody(alertPreferencesSchema.parse(toAlertFormValues(preferences)), true));
  };
  return (
    <CheckedForm
      label="Alert preferences"
      onSubmit={form.handleSubmit((values) => {
        onSave(toAlertBody(values));
      })}
    >
      <AlertThresholdsFieldset legend="Thresholds" bind={bind} />
      <fieldset className="choices">
        <legend>Channels</legend>
        <p className="hint">Every alert is also kept in your notifications.</p>
        {CHANNELS.map(([name, label]) => (
          <SwitchField key={name} label={label} field={bind(name)} />
        ))}
      </fieldset>
      <WebhookFields
        bind={bind}
        preferences={preferences}
        format={format}
        busy={busy}
        onRemove={removeWebhook}
      />
      <button type="submit" disabled={busy}>
        Save alerts
      </button>
    </CheckedForm>
  );
}
