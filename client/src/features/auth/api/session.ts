import { useSyncExternalStore } from 'react';
import { tokenStore } from '../../../api/token-store';

/** True while access/refresh tokens are stored; re-renders when they change. */
export function useIsAuthenticated(): boolean {
  return useSyncExternalStore(
    (listener) => tokenStore.subscribe(listener),
    () => tokenStore.get() !== null,
  );
}
