import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { userKeys } from './user-keys';

export function useDeactivateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api.POST('/api/v1/identity/users/{id}/deactivate', { params: { path: { id } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: userKeys.lists() }),
  });
}

export function useReactivateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api.POST('/api/v1/identity/users/{id}/reactivate', { params: { path: { id } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: userKeys.lists() }),
  });
}
