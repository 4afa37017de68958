import { QueryClient } from '@tanstack/react-query';
import { ProblemError } from '../api/problem';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        // Client errors (4xx) will not fix themselves; retry only network/5xx once.
        retry: (failureCount, error) =>
          failureCount < 1 && !(error instanceof ProblemError && error.status >= 400 && error.status < 500),
      },
    },
  });
}
