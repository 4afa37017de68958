import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { api, ProblemError, unwrap } from '../../../api/client';
import type { ApiBody, ApiResult } from '../../../api/types';
import { useSessionMutation } from './use-login';

export type RegisterBody = ApiBody<'/api/v1/identity/register', 'post'>;
export type RegistrationPending = ApiResult<'/api/v1/identity/register', 'post'>;

/** Signs up: the answer only says that an e-mail is on its way, whatever the address. */
export const useRegister = () =>
  useMutation({
    mutationFn: async (body: RegisterBody) => unwrap(await api.POST('/api/v1/identity/register', { body })),
  });

/** Posts the token of a confirmation link once (when there is one) and signs the new account in. */
export function useConfirmRegistration(token: string) {
  const confirm = useSessionMutation(async (value: string) =>
    unwrap(await api.POST('/api/v1/identity/register/confirm', { body: { token: value } })),
  );
  const { mutate } = confirm;
  const posted = useRef<string | null>(null);
  useEffect(() => {
    // A link works once: StrictMode's second run of this effect must not spend it again (and fail).
    if (token === '' || posted.current === token) return;
    posted.current = token;
    mutate(token);
  }, [token, mutate]);
  return confirm;
}

/** The API's answer to a link that was used, expired or replaced by a newer e-mail: 400 on `token`. */
export function isUnusableLink(error: unknown): boolean {
  const problem = ProblemError.from(error);
  return problem.status === 400 && problem.errors.token !== undefined;
}
