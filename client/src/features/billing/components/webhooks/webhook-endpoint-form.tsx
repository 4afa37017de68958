import type { InputHTMLAttributes, ReactNode } from 'react';
import { CheckedForm, FormField } from '../../../../shared/ui';
import type { WebhookEndpoint } from '../../api/use-webhook-endpoints';
import type { WebhookEndpointValues } from '../../api/webhook-endpoint-form';
import { EventTypesFieldset } from './event-types-fieldset';
import { useWebhookEndpointForm, type BoundField } from './use-webhook-endpoint-form';

type InputProps = { label: string; field: BoundField; hint?: string } & InputHTMLAttributes<HTMLInputElement>;

function Input({ label, field, hint, ...input }: InputProps) {
  return (
    <FormField label={label} error={field.error} hint={hint}>
      {(a11y) => <input {...input} {...field.props} {...a11y} />}
    </FormField>
  );
}

interface WebhookEndpointFormProps {
  /** The form's accessible name. */
  label: string;
  /** The endpoint to change, with its on/off switch; a new one without. */
  endpoint?: WebhookEndpoint;
  /** The last request's error, whose field messages go next to the fields. */
  apiError: unknown;
  onSubmit: (values: WebhookEndpointValues) => void;
  /** The submit button (and Cancel, in a dialog). */
  actions: ReactNode;
}

/** An endpoint's URL, description and event types, checked here for length and by the API for the rest. */
export function WebhookEndpointForm({
  label,
  endpoint,
  apiError,
  onSubmit,
  actions,
}: WebhookEndpointFormProps) {
  const { form, bind } = useWebhookEndpointForm(endpoint, apiError);
  return (
    <CheckedForm label={label} onSubmit={form.handleSubmit(onSubmit)}>
      <Input
        label="URL"
        field={bind('url')}
        type="url"
        inputMode="url"
        autoComplete="off"
        hint="https://…, where your receiver verifies the signature and answers 2xx within 10 seconds."
      />
      <Input label="Description (optional)" field={bind('description')} autoComplete="off" />
      <EventTypesFieldset field={bind('eventTypes')} />
      {endpoint && (
        <label className="checkbox">
          <input type="checkbox" {...bind('enabled').props} /> Enabled: post events to this endpoint
        </label>
      )}
      {actions}
    </CheckedForm>
  );
}
