import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { tokenStore } from '../../../api/token-store';
import type { ApiBody } from '../../../api/types';
import { accountKeys } from './account-keys';

export type ChangePasswordBody = ApiBody<'/api/v1/identity/me/password', 'put'>;

/** The server ends every session of the user and answers with a fresh one, which this tab continues in. */
export function useChangePassword() {
  return useMutation({
    mutationKey: accountKeys.key('password'),
    mutationFn: async (body: ChangePasswordBody) => {
      tokenStore.set(unwrap(await api.PUT('/api/v1/identity/me/password', { body })));
    },
  });
}
