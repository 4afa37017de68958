import { InputField, type Bind } from '../studies/bound-fields';
import { AGENTS, type SettingsFormValues } from '../../api/settings-form';

const AGENT_LABELS = {
  anomaly: 'Anomaly agent',
  spread: 'Spread agent',
  pattern: 'Pattern agent',
  backtest: 'Backtest agent',
} as const;

/** Which agents run, and when the organization is alerted. */
export function AgentsAlertsFields({ bind }: { bind: Bind<keyof SettingsFormValues> }) {
  return (
    <>
      <fieldset className="choices">
        <legend>Agents</legend>
        {AGENTS.map((a) => (
          <label key={a} className="checkbox">
            <input type="checkbox" role="switch" {...bind(a).props} /> {AGENT_LABELS[a]}
          </label>
        ))}
      </fieldset>
      <fieldset className="form-grid">
        <legend>Alerts</legend>
        <InputField label="Opportunity edge at least" field={bind('opportunityEdge')} inputMode="decimal" />
        <InputField label="Line move (%)" field={bind('lineMovePercent')} inputMode="decimal" />
        <InputField
          label="Kick-off reminder (minutes before)"
          field={bind('kickOffReminderMinutes')}
          inputMode="numeric"
        />
      </fieldset>
    </>
  );
}
