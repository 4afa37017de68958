import { formatDate, formatDateTime } from '../../../shared/format';
import { ConfirmButton } from '../../../shared/ui';
import type { ApiKey } from '../api/use-api-keys';

interface ApiKeyRowProps {
  apiKey: ApiKey;
  showOwner: boolean;
  now: Date;
  /** A revoke request is running for this key. */
  revoking: boolean;
  /** Whether this row is asking to confirm a revocation. */
  confirming: boolean;
  onConfirmingChange: (confirming: boolean) => void;
  onRevoke: (key: ApiKey) => void;
}

function statusOf(key: ApiKey, now: Date): string {
  if (key.revokedAt) return `Revoked ${formatDateTime(key.revokedAt)}`;
  if (key.expiresAt && new Date(key.expiresAt) <= now) return 'Expired';
  return 'Active';
}

export function ApiKeyRow({ apiKey: key, showOwner, now, revoking, confirming, ...on }: ApiKeyRowProps) {
  return (
    <tr>
      <td>{key.name}</td>
      {showOwner && <td>{key.ownerEmail}</td>}
      <td>
        <code>{key.prefix}</code>
      </td>
      <td>{key.scopes.join(', ')}</td>
      <td>{formatDateTime(key.createdAt)}</td>
      <td>{key.expiresAt ? formatDate(key.expiresAt) : 'No expiry'}</td>
      <td>{key.lastUsedAt ? formatDateTime(key.lastUsedAt) : 'Never'}</td>
      <td>{statusOf(key, now)}</td>
      <td className="actions">
        {key.revokedAt ? null : (
          <ConfirmButton
            label="Revoke"
            ariaLabel={`Revoke ${key.name}`}
            confirmGroupLabel={`Confirm revoking ${key.name}`}
            question={<>Revoke “{key.name}”? Clients using it stop working.</>}
            confirmLabel="Yes, revoke"
            confirming={confirming}
            disabled={revoking}
            onStart={() => {
              on.onConfirmingChange(true);
            }}
            onCancel={() => {
              on.onConfirmingChange(false);
            }}
            onConfirm={() => {
              on.onRevoke(key);
              on.onConfirmingChange(false);
            }}
          />
        )}
      </td>
    </tr>
  );
}
