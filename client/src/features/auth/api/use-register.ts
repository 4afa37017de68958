import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ApiBody, ApiResult } from '../../../api/types';

export type RegisterBody = ApiBody<'/api/v1/identity/register', 'post'>;
export type RegistrationPending = ApiResult<'/api/v1/identity/register', 'post'>;

/** Signs up: the answer only says that an e-mail is on its way, whatever the address. */
export const useRegister = () =>
  useMutation({
    mutationFn: async (body: RegisterBody) => unwrap(await api.POST('/api/v1/identity/register', { body })),
  });
