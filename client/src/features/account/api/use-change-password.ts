import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ApiBody } from '../../../api/types';
import { accountKeys } from './account-keys';

export type ChangePasswordBody = ApiBody<'/api/v1/identity/me/password', 'put'>;

export function useChangePassword() {
  return useMutation({
    mutationKey: accountKeys.password(),
    mutationFn: async (body: ChangePasswordBody) => {
      unwrap(await api.PUT('/api/v1/identity/me/password', { body }));
    },
  });
}
