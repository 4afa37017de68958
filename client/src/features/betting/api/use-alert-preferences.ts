import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { useInvalidatingMutation } from '../../../shared/use-invalidating-mutation';
import { notificationKeys } from '../../notifications';
import type { AlertPreferencesBody } from './alert-preferences-form';
import { bettingKeys } from './betting-keys';

export const alertPreferencesQuery = () =>
  queryOptions({
    queryKey: bettingKeys.alertPreferences(),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/betting/alert-preferences', { signal })),
  });

export const useAlertPreferences = () => useQuery(alertPreferencesQuery());

/** Saves the caller's own preferences; the response may carry a signing secret, shown once. */
export function useSaveAlertPreferences() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: AlertPreferencesBody) =>
      unwrap(await api.PUT('/api/v1/betting/alert-preferences', { body })),
    onSuccess: (saved) => {
      // The secret is shown from the mutation's result only; the cache keeps what a GET returns.
      qc.setQueryData(bettingKeys.alertPreferences(), { ...saved, webhookSecret: null });
    },
  });
}

/** Sends the caller a test alert; it arrives as a notification and on their channels. */
export const useSendTestAlert = () =>
  useInvalidatingMutation(notificationKeys.all, async () =>
    unwrap(await api.POST('/api/v1/betting/alert-preferences/test')),
  );
