import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type FieldErrors, type UseFormRegisterReturn } from 'react-hook-form';
import { ProblemError } from '../../../../api/problem';
import {
  API_FIELDS,
  billingCustomerSchema,
  toFormValues,
  type BillingCustomer,
  type BillingCustomerFormValues,
  type BillingCustomerValues,
} from '../../api/billing-customer-form';

export type FieldName = keyof BillingCustomerFormValues;

/** One registered field and its message. */
export interface Bound {
  props: UseFormRegisterReturn;
  error?: string | undefined;
}

/** A field's message: the form's own check first, else what the API said of it (`address.country`…). */
function messageOf(errors: FieldErrors<BillingCustomerFormValues>, apiError: unknown, name: FieldName) {
  const own = errors[name]?.message;
  if (typeof own === 'string') return own;
  const problem = apiError instanceof ProblemError ? apiError.errors : {};
  const apiName = (API_FIELDS[name] ?? name).toLowerCase();
  const messages = Object.entries(problem)
    .filter(([key]) => key.toLowerCase() === apiName)
    .flatMap(([, m]) => m);
  return messages.length > 0 ? messages.join(' ') : undefined;
}

/** The billing details form, starting from `customer` (or empty), with `bind` giving each field its registration and message. */
export function useBillingCustomerForm(customer: BillingCustomer | null, apiError: unknown) {
  const form = useForm<BillingCustomerFormValues, unknown, BillingCustomerValues>({
    resolver: zodResolver(billingCustomerSchema),
    defaultValues: toFormValues(customer),
  });
  const bind = (name: FieldName): Bound => ({
    props: form.register(name),
    error: messageOf(form.formState.errors, apiError, name),
  });
  return { form, bind };
}
