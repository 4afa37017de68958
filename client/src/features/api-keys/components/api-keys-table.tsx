import { useState } from 'react';
import { DataTable } from '../../../shared/ui';
import type { ApiKey } from '../api/use-api-keys';
import { ApiKeyRow } from './api-key-row';

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

export function ApiKeysTable({ keys, showOwner, now, revokingId, onRevoke }: ApiKeysTableProps) {
  // One row at a time asks to confirm.
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <DataTable caption="API keys" columns={showOwner ? COLUMNS_WITH_OWNER : COLUMNS} actions>
      {keys.map((key) => (
        <ApiKeyRow
          key={key.id}
          apiKey={key}
          showOwner={showOwner}
          now={now}
          revoking={revokingId === key.id}
          confirming={confirming === key.id}
          onConfirmingChange={(asking) => {
            setConfirming(asking ? key.id : null);
          }}
          onRevoke={onRevoke}
        />
      ))}
    </DataTable>
  );
}
