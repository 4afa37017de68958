import { useState } from 'react';
import { useRevokeApiKey } from '../api/use-api-key-mutations';
import type { ApiKey } from '../api/use-api-keys';

/** Revokes a listed key and says so once it is done. */
export function useRevokeKey() {
  const revoke = useRevokeApiKey();
  const [notice, setNotice] = useState<string | null>(null);
  return {
    revoke,
    notice,
    clearNotice: () => {
      setNotice(null);
    },
    revokeKey: (key: ApiKey) => {
      setNotice(null);
      revoke.mutate(key.id, {
        onSuccess: () => {
          setNotice(`Key “${key.name}” revoked.`);
        },
      });
    },
  };
}
