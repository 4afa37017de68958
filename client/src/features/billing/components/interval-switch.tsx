import type { BillingInterval } from '../api/use-plans';
import { RadioSwitch } from './radio-switch';

/** The billing intervals, as the switch offers them. */
const INTERVALS = [
  { value: 'Monthly', text: 'Monthly' },
  { value: 'Yearly', text: 'Yearly' },
] as const satisfies readonly { value: BillingInterval; text: string }[];

interface IntervalSwitchProps {
  value: BillingInterval;
  onChange: (value: BillingInterval) => void;
}

/** Monthly or Yearly, as a radio group named "Billing interval". */
export function IntervalSwitch({ value, onChange }: IntervalSwitchProps) {
  return (
    <RadioSwitch
      legend="Billing interval"
      name="interval"
      options={INTERVALS}
      value={value}
      onChange={onChange}
    />
  );
}
