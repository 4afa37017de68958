import { useState } from 'react';
import { formatDate } from '../../../../shared/format';
import { ConfirmButton } from '../../../../shared/ui';
import type { Subscription } from '../../api/use-subscription';

interface CancelPanelProps {
  /** The live subscription. */
  subscription: Subscription;
  /** A request is running: every button waits. */
  busy: boolean;
  onCancel: (atPeriodEnd: boolean) => void;
  onResume: () => void;
}

/** Ending the subscription, at the end of the period or now; or taking back a cancellation at the period's end. */
export function CancelPanel({ subscription: s, busy, onCancel, onResume }: CancelPanelProps) {
  const [confirming, setConfirming] = useState(false);
  const end = formatDate(s.periodEnd, s.timeZone);
  return (
    <section className="card" aria-labelledby="cancel-title">
      <h2 id="cancel-title">Cancel</h2>
      {s.cancelAtPeriodEnd ? (
        <>
          <p>
            Your subscription ends on {end}, and your organization returns to the Free plan. Resume it to keep
            it renewing.
          </p>
          <button type="button" disabled={busy} onClick={onResume}>
            Resume
          </button>
        </>
      ) : (
        <>
          <p>
            At the end of the period ({end}) nothing more is invoiced and your organization returns to the
            Free plan; until then you can resume. Cancelling now ends it at once.
          </p>
          <div className="dialog-actions page-actions">
            <button
              type="button"
              disabled={busy}
              onClick={() => {
                onCancel(true);
              }}
            >
              Cancel at the end of the period
            </button>
            <ConfirmButton
              label="Cancel now"
              ariaLabel="Cancel now"
              confirmGroupLabel="Confirm cancelling now"
              question="It ends at once, and there is no refund for the rest of the period."
              confirmLabel="Yes, cancel now"
              confirming={confirming}
              disabled={busy}
              onStart={() => {
                setConfirming(true);
              }}
              onCancel={() => {
                setConfirming(false);
              }}
              onConfirm={() => {
                onCancel(false);
              }}
            />
          </div>
        </>
      )}
    </section>
  );
}
