import type { AlertThresholds } from '../../api/alert-thresholds';
import { InputField, type Bind } from '../studies/bound-fields';

interface AlertThresholdsFieldsetProps {
  legend: string;
  bind: Bind<keyof AlertThresholds>;
}

/** The thresholds an alert goes off at, as the organization's settings and a member's alerts both ask them. */
export function AlertThresholdsFieldset({ legend, bind }: AlertThresholdsFieldsetProps) {
  return (
    <fieldset className="form-grid">
      <legend>{legend}</legend>
      <InputField label="Opportunity edge at least" field={bind('opportunityEdge')} inputMode="decimal" />
      <InputField label="Line move (%)" field={bind('lineMovePercent')} inputMode="decimal" />
      <InputField
        label="Kick-off reminder (minutes before)"
        field={bind('kickOffReminderMinutes')}
        inputMode="numeric"
      />
    </fieldset>
  );
}
