import { AlertThresholdsFieldset } from '../alerts/alert-thresholds-fieldset';
import { SwitchField, type Bind } from '../studies/bound-fields';
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
          <SwitchField key={a} label={AGENT_LABELS[a]} field={bind(a)} />
        ))}
      </fieldset>
      <AlertThresholdsFieldset legend="Alerts" bind={bind} />
    </>
  );
}
