import { useEffect, useRef } from 'react';
import { formatDateTime } from '../../../shared/format';
import type { RegistrationPending } from '../api/use-register';

interface CheckInboxPanelProps {
  pending: RegistrationPending;
  onStartOver: () => void;
}

/**
 * What a sign-up says, whatever the address: the mail tells its owner the rest (a link, or that the
 * address already has an account), so this page must not.
 */
export function CheckInboxPanel({ pending, onStartOver }: CheckInboxPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);

  // The form the user was typing in is gone: bring screen readers and keyboards to what replaced it.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Check your inbox
      </h1>
      <p>
        We sent an e-mail to <strong className="address">{pending.email}</strong>.
      </p>
      <p>
        Open the link in it to finish signing up. The link works for 24 hours (until{' '}
        {formatDateTime(pending.expiresAt)}); nothing happens until you open it.
      </p>
      <p>No e-mail after a few minutes? Look in your spam folder, or start over.</p>
      <button type="button" onClick={onStartOver}>
        Use another address
      </button>
    </>
  );
}
