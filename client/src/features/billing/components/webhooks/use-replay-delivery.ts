import { useState } from 'react';
import { useReplayWebhookDelivery, type WebhookDelivery } from '../../api/use-webhook-deliveries';

/** Replays a listed delivery and says so once the API has taken it. */
export function useReplayDelivery() {
  const replay = useReplayWebhookDelivery();
  const [notice, setNotice] = useState<string | null>(null);
  return {
    replay,
    notice,
    replayDelivery: (delivery: WebhookDelivery) => {
      setNotice(null);
      replay.mutate(delivery.id, {
        onSuccess: () => {
          setNotice(
            `The ${delivery.eventType} event ${delivery.eventId} will be posted again within seconds.`,
          );
        },
      });
    },
  };
}
