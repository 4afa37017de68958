import { HubConnectionBuilder, LogLevel, type HubConnection } from '@microsoft/signalr';
import { baseUrl } from '../../../api/token-refresh';
import { tokenStore } from '../../../api/token-store';

/** What the hub sends on `alert`. */
export interface LiveAlert {
  id: string;
  kind: string;
  message: string;
  occurredAt: string;
}

export const HUB_PATH = '/hubs/alerts';

/**
 * A connection to the alerts hub with the current access token (sent as `access_token` for WebSockets,
 * which cannot carry a header), reconnecting on its own after a drop.
 */
export function alertsConnection(onAlert: (alert: LiveAlert) => void): HubConnection {
  const connection = new HubConnectionBuilder()
    .withUrl(`${baseUrl}${HUB_PATH}`, { accessTokenFactory: () => tokenStore.get()?.accessToken ?? '' })
    .withAutomaticReconnect()
    .configureLogging(LogLevel.None)
    .build();
  connection.on('alert', onAlert);
  return connection;
}
