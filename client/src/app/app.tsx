import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { setSessionExpiredHandler } from '../api/client';
import { createQueryClient } from './query-client';
import { routes } from './routes';

export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const [router] = useState(() => {
    const r = createBrowserRouter(routes);
    // The client has already cleared the tokens, so RequireAuth redirects to /login (remembering the
    // page) without a full reload; signing in again clears the query cache.
    setSessionExpiredHandler(() => undefined);
    return r;
  });
  return (
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
