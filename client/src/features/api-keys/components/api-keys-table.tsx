import { useState } from 'react';
import { formatDateTime } from '../../../shared/format';
import { ConfirmButton, DataTable } from '../../../shared/ui';
import type { ApiKey } from '../api/use-api-keys';

interface ApiKeysTableProps {
  keys: ApiKey[];
  revokingId: string | null;
  onRevoke: (key: ApiKey) => void;
}

const COLUMNS = ['Name', 'Prefix', 'Scopes', 'Created', 'Last used', 'Revoked'] as const;

export function ApiKeysTable({ keys, revokingId, onRevoke }: ApiKeysTableProps) {
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <DataTable caption="API keys" columns={COLUMNS} actions>
      {keys.map((key) => (
        <tr key={key.id}>
          <td>{key.name}</td>
          <td>
            <code>{key.prefix}</code>
          </td>
          <td>{key.scopes.join(', ')}</td>
          <td>{formatDateTime(key.createdAt)}</td>
          <td>{key.lastUsedAt ? formatDateTime(key.lastUsedAt) : 'Never'}</td>
          <td>{key.revokedAt ? formatDateTime(key.revokedAt) : 'Active'}</td>
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
