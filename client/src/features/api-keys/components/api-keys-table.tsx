import { useState } from 'react';
import { formatDate, formatDateTime } from '../../../shared/format';
import { ConfirmButton, DataTable } from '../../../shared/ui';
import type { ApiKey } from '../api/use-api-keys';

interface ApiKeysTableProps {
  keys: ApiKey[];
  /** Shows whose each key is (an Admin's view of every member's keys). */
  showOwner: boolean;
  now: Date;
  revokingId: string | null;
  onRevoke: (key: ApiKey) => void;
}

const COLUMNS = ['Name', 'Prefix', 'Scopes', 'Created', 'Expires', 'Last used', 'Status'] as const;
const COLUMNS_WITH_OWNER = [
  'Name',
  'Owner',
  'Prefix',
  'Scopes',
  'Created',
  'Expires',
  'Last used',
  'Status',
] as const;

function statusOf(key: ApiKey, now: Date): string {
  if (key.revokedAt) return `Revoked ${formatDateTime(key.revokedAt)}`;
  if (key.expiresAt && new Date(key.expiresAt) <= now) return 'Expired';
  return 'Active';
}

export function ApiKeysTable({ keys, showOwner, now, revokingId, onRevoke }: ApiKeysTableProps) {
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <DataTable caption="API keys" columns={showOwner ? COLUMNS_WITH_OWNER : COLUMNS} actions>
      {keys.map((key) => (
        <tr key={key.id}>
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
                confirming={confirming === key.id}
                disabled={revokingId === key.id}
                onStart={() => {
                  setConfirming(key.id);
                }}
                onCancel={() => {
                  setConfirming(null);
                }}
                onConfirm={() => {
                  onRevoke(key);
                  setConfirming(null);
                }}
              />
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
