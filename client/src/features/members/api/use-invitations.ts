import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ApiResult } from '../../../api/types';
import { invitationKeys, type InvitationListParams } from './invitation-keys';

export type Invitation = ApiResult<'/api/v1/identity/invitations', 'get'>['items'][number];

export const invitationsQuery = (params: InvitationListParams) =>
  queryOptions({
    queryKey: invitationKeys.list(params),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/identity/invitations', { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
  });

export const useInvitations = (params: InvitationListParams) => useQuery(invitationsQuery(params));
