import { ShownOncePanel } from '../../../shared/ui';
import type { CreatedApiKey } from '../api/use-api-key-mutations';

interface SecretPanelProps {
  created: CreatedApiKey;
  onClose: () => void;
}

/** Shows a new key's secret exactly once; closing the panel forgets it. */
export function SecretPanel({ created, onClose }: SecretPanelProps) {
  return (
    <ShownOncePanel
      title={<>API key “{created.apiKey.name}” created</>}
      warning="Copy this secret now. It won’t be shown again: we only store a hash of it."
      label="Secret"
      value={created.secret}
      copiedMessage="Secret copied to clipboard."
      copyFailedMessage="Copy failed: select the secret and copy it by hand."
      onClose={onClose}
    />
  );
}
