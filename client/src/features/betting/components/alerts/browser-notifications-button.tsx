import { useState } from 'react';

const supported = () => typeof window !== 'undefined' && 'Notification' in window;

/** Asks the browser for leave to show notifications of live alerts; says where things stand. */
export function BrowserNotificationsButton() {
  const [permission, setPermission] = useState(() => (supported() ? Notification.permission : 'unsupported'));
  if (permission === 'unsupported') return <p className="hint">This browser cannot show notifications.</p>;
  if (permission === 'granted') return <p className="hint">Browser notifications are on for live alerts.</p>;
  if (permission === 'denied')
    return (
      <p className="hint">Browser notifications are blocked; allow them in the browser’s site settings.</p>
    );
  return (
    <button
      type="button"
      onClick={() => {
        void Notification.requestPermission().then(setPermission);
      }}
    >
      Allow browser notifications
    </button>
  );
}
