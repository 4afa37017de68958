import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type FieldErrors } from 'react-hook-form';
import { ProblemError } from '../../../../api/problem';
import {
  API_FIELDS,
  settingsSchema,
  toFormValues,
  type BettingSettings,
  type SettingsFormValues,
  type SettingsValues,
} from '../../api/settings-form';
import type { Bound } from '../studies/bound-fields';

/** A field's message: the form's own check first, else what the API said of it (or of one of its items). */
function messageOf(
  errors: FieldErrors<SettingsFormValues>,
  apiError: unknown,
  name: keyof SettingsFormValues,
) {
  const own = errors[name]?.message;
  if (typeof own === 'string') return own;
  const problem = apiError instanceof ProblemError ? apiError.errors : {};
  const apiName = (API_FIELDS[name] ?? name).toLowerCase();
  const messages = Object.entries(problem)
    .filter(([key]) => key.replace(/\[\d+\]$/, '').toLowerCase() === apiName)
    .flatMap(([, m]) => m);
  return messages.length > 0 ? messages.join(' ') : undefined;
}

/** The settings form, starting from `settings`, with `bind` giving each field its registration and message. */
export function useSettingsForm(settings: BettingSettings, apiError: unknown) {
  const form = useForm<SettingsFormValues, unknown, SettingsValues>({
    resolver: zodResolver(settingsSchema),
    defaultValues: toFormValues(settings),
  });
  const bind = (name: keyof SettingsFormValues): Bound => ({
    props: form.register(name),
    error: messageOf(form.formState.errors, apiError, name),
  });
  return { form, bind };
}
