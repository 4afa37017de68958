import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import type { z } from 'zod';
import type { Bound } from './bound-fields';
import { fieldErrors } from './field-errors';

/** What a studies form is given: whether a run is going, the last run's error, and what runs the query. */
export interface StudyFormProps<TQuery> {
  busy: boolean;
  /** The last run's error, whose field messages go next to the fields. */
  apiError: unknown;
  onRun: (query: TQuery) => void;
}

/**
 * A studies form checked by `schema` (only the fields on screen: others are unregistered), with `bind`
 * giving each field its registration and its message, the form's own or the API's.
 */
export function useStudyForm<TIn extends FieldValues, TOut>(
  schema: z.ZodType<TOut, TIn>,
  defaultValues: DefaultValues<TIn>,
  apiError: unknown,
) {
  const form = useForm<TIn, unknown, TOut>({
    resolver: zodResolver(schema),
    defaultValues,
    shouldUnregister: true,
  });
  const error = fieldErrors(form.formState.errors, apiError);
  const bind = (name: Path<TIn> & keyof TIn): Bound => ({ props: form.register(name), error: error(name) });
  return { form, bind };
}
