import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ApiBody, ApiResult } from '../../../api/types';
import { invitationKeys } from './invitation-keys';

export type InviteMemberBody = ApiBody<'/api/v1/identity/invitations', 'post'>;
export type CreatedInvitation = ApiResult<'/api/v1/identity/invitations', 'post'>;

export function useInviteMember() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: InviteMemberBody) =>
      unwrap(await api.POST('/api/v1/identity/invitations', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: invitationKeys.lists() }),
  });
}

export function useWithdrawInvitation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      unwrap(await api.DELETE('/api/v1/identity/invitations/{id}', { params: { path: { id } } }));
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: invitationKeys.lists() }),
  });
}
