import { useState } from 'react';
import { formatDateTime } from '../../../shared/format';
import type { ApiKey } from '../api/use-api-keys';

interface ApiKeysTableProps {
  keys: ApiKey[];
  revokingId: string | null;
  onRevoke: (key: ApiKey) => void;
}

export function ApiKeysTable({ keys, revokingId, onRevoke }: ApiKeysTableProps) {
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <table className="table">
      <caption className="visually-hidden">API keys</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Prefix</th>
          <th scope="col">Scopes</th>
          <th scope="col">Created</th>
          <th scope="col">Last used</th>
          <th scope="col">Revoked</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
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
              {key.revokedAt ? null : confirming === key.id ? (
                <span role="group" aria-label={`Confirm revoking ${key.name}`}>
                  <span>Revoke “{key.name}”? Clients using it stop working.</span>{' '}
                  <button
                    type="button"
                    className="danger"
                    disabled={revokingId === key.id}
                    onClick={() => {
                      onRevoke(key);
                      setConfirming(null);
                    }}
                  >
                    Yes, revoke
                  </button>{' '}
                  <button
                    type="button"
                    onClick={() => {
                      setConfirming(null);
                    }}
                  >
                    Cancel
                  </button>
                </span>
              ) : (
                <button
                  type="button"
                  aria-label={`Revoke ${key.name}`}
                  disabled={revokingId === key.id}
                  onClick={() => {
                    setConfirming(key.id);
                  }}
                >
                  Revoke
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
