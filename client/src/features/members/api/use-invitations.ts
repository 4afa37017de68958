import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ApiResult } from '../../../api/types';
import { listQuery } from '../../../shared/list-query';
import { invitationKeys, type InvitationListParams } from './invitation-keys';

export type Invitation = ApiResult<'/api/v1/identity/invitations', 'get'>['items'][number];

export const invitationsQuery = (params: InvitationListParams) =>
  listQuery(invitationKeys.list(params), async (signal) =>
    unwrap(await api.GET('/api/v1/identity/invitations', { params: { query: params }, signal })),
  );

export const useInvitations = (params: InvitationListParams) => useQuery(invitationsQuery(params));
