import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { ProblemError } from '../../../../api/problem';
import {
  ALERT_API_FIELDS,
  alertPreferencesSchema,
  toAlertFormValues,
  type AlertFormValues,
  type AlertPreferences,
  type AlertValues,
} from '../../api/alert-preferences-form';
import type { Bound } from '../studies/bound-fields';

/** The alerts form, starting from `preferences`; `bind` gives each field its registration and message. */
export function useAlertForm(preferences: AlertPreferences, apiError: unknown) {
  const form = useForm<AlertFormValues, unknown, AlertValues>({
    resolver: zodResolver(alertPreferencesSchema),
    defaultValues: toAlertFormValues(preferences),
  });
  const problem = apiError instanceof ProblemError ? apiError.errors : {};
  const bind = (name: keyof AlertFormValues): Bound => {
    const own = form.formState.errors[name]?.message;
    const apiName = (ALERT_API_FIELDS[name] ?? name).toLowerCase();
    const fromApi = Object.entries(problem)
      .filter(([key]) => key.toLowerCase() === apiName)
      .flatMap(([, m]) => m);
    return {
      props: form.register(name),
      error: typeof own === 'string' ? own : fromApi.length > 0 ? fromApi.join(' ') : undefined,
    };
  };
  return { form, bind };
}
