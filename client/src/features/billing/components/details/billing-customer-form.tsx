import { useState, type InputHTMLAttributes } from 'react';
import { CheckedForm, FormField } from '../../../../shared/ui';
import {
  CURRENCIES,
  timeZones,
  toBillingCustomerBody,
  type BillingCustomer,
  type BillingCustomerBody,
} from '../../api/billing-customer-form';
import { useBillingCustomerForm, type Bound } from './use-billing-customer-form';

type InputProps = { label: string; field: Bound; hint?: string } & InputHTMLAttributes<HTMLInputElement>;

function Input({ label, field, hint, ...input }: InputProps) {
  return (
    <FormField label={label} error={field.error} hint={hint}>
      {(a11y) => <input {...input} {...field.props} {...a11y} />}
    </FormField>
  );
}

function Select({ label, field, options }: { label: string; field: Bound; options: readonly string[] }) {
  return (
    <FormField label={label} error={field.error}>
      {(a11y) => (
        <select {...field.props} {...a11y}>
          {options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

interface BillingCustomerFormProps {
  /** What was read, or `null` before the first save (an empty form, saved at version 0). */
  customer: BillingCustomer | null;
  busy: boolean;
  apiError: unknown;
  onSave: (body: BillingCustomerBody) => void;
}

export function BillingCustomerForm({ customer, busy, apiError, onSave }: BillingCustomerFormProps) {
  const { form, bind } = useBillingCustomerForm(customer, apiError);
  // The list once per form: a stored zone (or the browser's) stays in it.
  const [zones] = useState(() => timeZones(form.getValues('timeZone')));
  return (
    <CheckedForm
      label="Billing details"
      onSubmit={form.handleSubmit((values) => {
        onSave(toBillingCustomerBody(values, customer?.version ?? 0));
      })}
    >
      <fieldset className="form-grid">
        <legend>Customer</legend>
        <Input label="Legal name" field={bind('legalName')} autoComplete="organization" />
        <Input label="Billing e-mail" field={bind('email')} type="email" autoComplete="email" />
      </fieldset>
      <fieldset className="form-grid">
        <legend>Address</legend>
        <Input label="Address line 1" field={bind('line1')} autoComplete="address-line1" />
        <Input label="Address line 2 (optional)" field={bind('line2')} autoComplete="address-line2" />
        <Input label="City" field={bind('city')} autoComplete="address-level2" />
        <Input label="Postal code (optional)" field={bind('postalCode')} autoComplete="postal-code" />
        <Input
          label="Country"
          field={bind('country')}
          hint="Two-letter code, e.g. DE, FR, GR."
          autoComplete="country"
          maxLength={2}
          autoCapitalize="characters"
        />
      </fieldset>
      <fieldset className="form-grid">
        <legend>VAT</legend>
        <label className="checkbox">
          <input type="checkbox" {...bind('isBusiness').props} /> We buy as a business
        </label>
        <Input
          label="VAT number (optional)"
          field={bind('vatNumber')}
          hint="With its country prefix, e.g. DE123456788; EL for Greece."
          autoCapitalize="characters"
        />
      </fieldset>
      <fieldset className="form-grid">
        <legend>Invoices</legend>
        <Select label="Time zone" field={bind('timeZone')} options={zones} />
        <Select label="Currency" field={bind('currency')} options={CURRENCIES} />
      </fieldset>
      <button type="submit" disabled={busy}>
        {busy ? 'Saving…' : 'Save billing details'}
      </button>
    </CheckedForm>
  );
}
