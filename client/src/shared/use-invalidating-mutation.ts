import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';

/** A mutation after whose success the queries under `invalidates` (the lists it changed) load again. */
export function useInvalidatingMutation<TVariables, TData>(
  invalidates: QueryKey,
  mutationFn: (variables: TVariables) => Promise<TData>,
) {
  const qc = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => qc.invalidateQueries({ queryKey: invalidates }) });
}
