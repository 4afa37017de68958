import { api, unwrap } from '../../../api/client';
import type { ApiBody, ApiResult } from '../../../api/types';
import { useInvalidatingMutation } from '../../../shared/use-invalidating-mutation';
import { invitationKeys } from './invitation-keys';

export type InviteMemberBody = ApiBody<'/api/v1/identity/invitations', 'post'>;
export type CreatedInvitation = ApiResult<'/api/v1/identity/invitations', 'post'>;

export const useInviteMember = () =>
  useInvalidatingMutation(invitationKeys.lists(), async (body: InviteMemberBody) =>
    unwrap(await api.POST('/api/v1/identity/invitations', { body })),
  );

export const useWithdrawInvitation = () =>
  useInvalidatingMutation(invitationKeys.lists(), async (id: string) => {
    unwrap(await api.DELETE('/api/v1/identity/invitations/{id}', { params: { path: { id } } }));
  });
