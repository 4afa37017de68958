import { InputField, SelectField, type Bind } from '../studies/bound-fields';
import {
  WEBHOOK_FORMATS,
  type AlertFormValues,
  type AlertPreferences,
} from '../../api/alert-preferences-form';

interface WebhookFieldsProps {
  bind: Bind<keyof AlertFormValues>;
  preferences: AlertPreferences;
  format: string;
  busy: boolean;
  onRemove: () => void;
}

const FORMAT_TEXT: Record<string, string> = {
  Generic: 'Generic JSON (signed)',
  Telegram: 'Telegram bot',
  Discord: 'Discord webhook',
};

/** The webhook: never shown, only its host; typing a URL replaces it on save. */
export function WebhookFields({ bind, preferences, format, busy, onRemove }: WebhookFieldsProps) {
  return (
    <fieldset className="form-grid">
      <legend>Webhook</legend>
      <p className="hint" aria-live="polite">
        {preferences.webhookUrlSet
          ? `A webhook is set (${preferences.webhookUrlHint ?? '…'}). Its URL is stored encrypted and never shown.`
          : 'No webhook is set.'}
      </p>
      <SelectField
        label="Format"
        field={bind('webhookFormat')}
        options={WEBHOOK_FORMATS}
        text={(f) => FORMAT_TEXT[f] ?? f}
      />
      <InputField
        label={preferences.webhookUrlSet ? 'Replace URL' : 'Webhook URL'}
        field={bind('webhookUrl')}
        type="password"
        autoComplete="off"
        placeholder={format === 'Telegram' ? 'https://api.telegram.org/bot<token>/sendMessage' : 'https://…'}
      />
      {format === 'Telegram' && <InputField label="Telegram chat id" field={bind('telegramChatId')} />}
      {format === 'Generic' && preferences.webhookSecretSet && (
        <label className="checkbox">
          <input type="checkbox" {...bind('rotateWebhookSecret').props} /> Make a new signing secret
        </label>
      )}
      {preferences.webhookUrlSet && (
        <button type="button" className="danger" disabled={busy} onClick={onRemove}>
          Remove webhook
        </button>
      )}
    </fieldset>
  );
}
