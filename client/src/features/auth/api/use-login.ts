import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ApiBody } from '../../../api/types';
import { tokenStore, type AuthTokens } from '../../../api/token-store';

export type LoginBody = ApiBody<'/api/v1/identity/login', 'post'>;

/**
 * A mutation whose answer opens a session (login, a confirmed sign-up): the previous user's cached data
 * goes, then the tokens are stored, which signs the new user in everywhere that listens.
 */
export function useSessionMutation<TVariables>(request: (variables: TVariables) => Promise<AuthTokens>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (tokens) => {
      qc.clear();
      tokenStore.set(tokens);
    },
  });
}

export const useLogin = () =>
  useSessionMutation(async (body: LoginBody) => unwrap(await api.POST('/api/v1/identity/login', { body })));

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const tokens = tokenStore.get();
      if (!tokens) return;
      // Best effort: the session ends locally even if the server call fails.
      await api
        .POST('/api/v1/identity/logout', { body: { refreshToken: tokens.refreshToken } })
        .catch(() => undefined);
    },
    onSettled: () => {
      tokenStore.clear();
      qc.clear();
    },
  });
}
