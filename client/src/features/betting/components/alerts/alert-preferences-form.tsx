import {
  alertPreferencesSchema,
  toAlertBody,
  toAlertFormValues,
  type AlertPreferences,
  type AlertPreferencesBody,
} from '../../api/alert-preferences-form';
import { InputField } from '../studies/bound-fields';
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
    <form
      className="form"
      aria-label="Alert preferences"
      noValidate
      onSubmit={form.handleSubmit((values) => {
        onSave(toAlertBody(values));
      })}
    >
      <fieldset className="form-grid">
        <legend>Thresholds</legend>
        <InputField label="Opportunity edge at least" field={bind('opportunityEdge')} inputMode="decimal" />
        <InputField label="Line move (%)" field={bind('lineMovePercent')} inputMode="decimal" />
        <InputField
          label="Kick-off reminder (minutes before)"
          field={bind('kickOffReminderMinutes')}
          inputMode="numeric"
        />
      </fieldset>
      <fieldset className="choices">
        <legend>Channels</legend>
        <p className="hint">Every alert is also kept in your notifications.</p>
        {CHANNELS.map(([name, label]) => (
          <label key={name} className="checkbox">
            <input type="checkbox" role="switch" {...bind(name).props} /> {label}
          </label>
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
    </form>
  );
}
