import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { tokenStore } from '../../../api/token-store';
import { notificationKeys } from '../../notifications';
import type { HubConnection } from '@microsoft/signalr';
import type { LiveAlert } from './alerts-connection';

const SHOWN = 3;
const RETRY_MS = 30_000;

/** A browser notification of `alert`, when the member allowed them. */
function notifyBrowser(alert: LiveAlert) {
  if (typeof window === 'undefined' || !('Notification' in window) || Notification.permission !== 'granted')
    return;
  new Notification('CleanPlatform alert', { body: alert.message, tag: alert.id });
}

/**
 * Listens for live alerts while signed in: each shows as a toast (and a browser notification where allowed)
 * and reloads the notifications. A failed start is tried again later; alerts are kept as notifications anyway.
 */
export function LiveAlerts() {
  const qc = useQueryClient();
  const [alerts, setAlerts] = useState<LiveAlert[]>([]);

  useEffect(() => {
    if (!tokenStore.get()) return undefined;
    const onAlert = (alert: LiveAlert) => {
      setAlerts((shown) => [alert, ...shown.filter((a) => a.id !== alert.id)].slice(0, SHOWN));
      notifyBrowser(alert);
      void qc.invalidateQueries({ queryKey: notificationKeys.all });
    };
    let connection: HubConnection | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const start = () => {
      connection?.start().catch(() => {
        if (!stopped) timer = setTimeout(start, RETRY_MS);
      });
    };
    // The SignalR client is loaded after the app has shown, not with it.
    void import('./alerts-connection').then(({ alertsConnection }) => {
      if (stopped) return;
      connection = alertsConnection(onAlert);
      start();
    });
    return () => {
      stopped = true;
      clearTimeout(timer);
      void connection?.stop();
    };
  }, [qc]);

  if (alerts.length === 0) return null;
  return (
    <section className="toasts" aria-label="Live alerts" aria-live="polite">
      {alerts.map((alert) => (
        <p key={alert.id} className="toast">
          {alert.message}{' '}
          <button
            type="button"
            aria-label="Dismiss alert"
            onClick={() => {
              setAlerts((shown) => shown.filter((a) => a.id !== alert.id));
            }}
          >
            ×
          </button>
        </p>
      ))}
    </section>
  );
}
