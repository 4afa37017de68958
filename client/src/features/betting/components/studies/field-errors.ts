import type { FieldErrors, FieldValues } from 'react-hook-form';
import { ProblemError } from '../../../../api/problem';

/**
 * A field's message: the form's own check first, else what the API said about it. The API names fields
 * as the query does, in any case, and an item of a list as `competitions[0]`.
 */
export function fieldErrors<T extends FieldValues>(errors: FieldErrors<T>, apiError: unknown) {
  const problem = apiError instanceof ProblemError ? apiError.errors : {};
  const fromApi = new Map(
    Object.entries(problem).map(([key, messages]) => [key.replace(/\[\d+\]$/, '').toLowerCase(), messages]),
  );
  return (name: keyof T & string): string | undefined => {
    const own = errors[name]?.message;
    if (typeof own === 'string') return own;
    return fromApi.get(name.toLowerCase())?.join(' ');
  };
}
