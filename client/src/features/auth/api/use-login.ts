import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ApiBody } from '../../../api/types';
import { tokenStore } from '../../../api/token-store';

export type LoginBody = ApiBody<'/api/v1/identity/login', 'post'>;

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: LoginBody) => unwrap(await api.POST('/api/v1/identity/login', { body })),
    onSuccess: (tokens) => {
      qc.clear();
      tokenStore.set(tokens);
    },
  });
}

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
