import { useEffect, useRef, useState } from 'react';
import type { CreatedInvitation } from '../api/use-invitation-mutations';

interface InvitationLinkPanelProps {
  created: CreatedInvitation;
  onClose: () => void;
}

function invitationLink(token: string): string {
  return `${window.location.origin}/register?invitation=${encodeURIComponent(token)}`;
}

/** Shows a new invitation's link exactly once; closing the panel forgets it. */
export function InvitationLinkPanel({ created, onClose }: InvitationLinkPanelProps) {
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const closeRef = useRef<HTMLButtonElement>(null);
  const link = invitationLink(created.token);

  useEffect(() => {
    closeRef.current?.focus();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };

  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-labelledby="invitation-title"
      className="dialog"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <h2 id="invitation-title">
        {created.invitation.email} invited as {created.invitation.role}
      </h2>
      <p className="warning">
        Copy this link now and send it to {created.invitation.email}. It is shown only once and is valid for 7
        days.
      </p>
      <label>
        Invitation link
        <input
          readOnly
          value={link}
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
            ? 'Invitation link copied to clipboard.'
            : 'Copy failed: select the link and copy it by hand.'}
        </p>
      )}
    </div>
  );
}
