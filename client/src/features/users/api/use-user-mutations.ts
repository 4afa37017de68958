import { api, unwrap } from '../../../api/client';
import { useInvalidatingMutation } from '../../../shared/use-invalidating-mutation';
import { userKeys } from './user-keys';

export const useDeactivateUser = () =>
  useInvalidatingMutation(userKeys.lists(), async (id: string) =>
    unwrap(await api.POST('/api/v1/identity/users/{id}/deactivate', { params: { path: { id } } })),
  );

export const useReactivateUser = () =>
  useInvalidatingMutation(userKeys.lists(), async (id: string) =>
    unwrap(await api.POST('/api/v1/identity/users/{id}/reactivate', { params: { path: { id } } })),
  );
