import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';

/**
 * A mutation whose answer is shown once (a key's secret, an invitation's link): `send` runs it, `shown` holds the
 * answer until `close` forgets it and the mutation's state with it.
 */
export function useShownOnce<TData, TVariables>(mutation: UseMutationResult<TData, Error, TVariables>) {
  const [shown, setShown] = useState<TData | null>(null);
  return {
    shown,
    /** Runs the mutation; `onDone` follows a success, once the answer is shown. */
    send: (variables: TVariables, onDone?: () => void) => {
      mutation.mutate(variables, {
        onSuccess: (result) => {
          setShown(result);
          onDone?.();
        },
      });
    },
    close: () => {
      setShown(null);
      mutation.reset();
    },
  };
}
