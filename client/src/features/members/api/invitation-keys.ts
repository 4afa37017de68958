import type { ApiQuery } from '../../../api/types';
import { createQueryKeys } from '../../../shared/query-keys';

export type InvitationListParams = ApiQuery<'/api/v1/identity/invitations'>;

export const invitationKeys = createQueryKeys<InvitationListParams>('invitations');
