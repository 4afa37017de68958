import type { ApiQuery } from '../../../api/types';

export type InvitationListParams = ApiQuery<'/api/v1/identity/invitations'>;

export const invitationKeys = {
  all: ['invitations'] as const,
  lists: () => [...invitationKeys.all, 'list'] as const,
  list: (params: InvitationListParams) => [...invitationKeys.lists(), params] as const,
};
