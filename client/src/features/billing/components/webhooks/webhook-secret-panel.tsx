import { ShownOncePanel } from '../../../../shared/ui';
import type { WebhookEndpointWithSecret } from '../../api/use-webhook-endpoints';

interface WebhookSecretPanelProps {
  shown: WebhookEndpointWithSecret;
  /** A rotation's new secret: the previous one still signs for 24 hours. */
  rotated: boolean;
  onClose: () => void;
}

/** Shows an endpoint's signing secret exactly once; closing the panel forgets it. */
export function WebhookSecretPanel({ shown, rotated, onClose }: WebhookSecretPanelProps) {
  return (
    <ShownOncePanel
      title={rotated ? 'New signing secret' : 'Endpoint added'}
      warning={
        <>
          Copy this signing secret for <span className="address">{shown.endpoint.url}</span> now. It won’t be
          shown again.
          {rotated &&
            ' The previous secret stays valid for 24 hours: until then each post is signed with both, so switch your receiver to the new one before they end.'}
        </>
      }
      label="Signing secret"
      value={shown.secret}
      copiedMessage="Signing secret copied to clipboard."
      copyFailedMessage="Copy failed: select the secret and copy it by hand."
      onClose={onClose}
    />
  );
}
