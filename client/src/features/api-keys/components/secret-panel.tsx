import { useEffect, useRef, useState } from 'react';
import type { CreatedApiKey } from '../api/use-api-key-mutations';

interface SecretPanelProps {
  created: CreatedApiKey;
  onClose: () => void;
}

/** Shows a new key's secret exactly once; closing the panel forgets it. */
export function SecretPanel({ created, onClose }: SecretPanelProps) {
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    closeRef.current?.focus();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.secret);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };

  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-labelledby="secret-title"
      className="dialog"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <h2 id="secret-title">API key “{created.apiKey.name}” created</h2>
      <p className="warning">Copy this secret now. It won’t be shown again: we only store a hash of it.</p>
      <label>
        Secret
        <input
          readOnly
          value={created.secret}
          className="secret"
          onFocus={(e) => {
            e.target.select();
          }}
        />
      </label>
      <div className="dialog-actions">
        <button type="button" onClick={() => void copy()}>
          Copy
        </button>
        <button type="button" ref={closeRef} onClick={onClose}>
          Close
        </button>
      </div>
      {copyState !== 'idle' && (
        <p role="status">
          {copyState === 'copied'
            ? 'Secret copied to clipboard.'
            : 'Copy failed: select the secret and copy it by hand.'}
        </p>
      )}
    </div>
  );
}
