import { useState } from 'react';
import { ProblemAlert, ShownOncePanel, Spinner } from '../../../shared/ui';
import { useAlertPreferences, useSaveAlertPreferences, useSendTestAlert } from '../api/use-alert-preferences';
import { AlertPreferencesForm } from '../components/alerts/alert-preferences-form';
import { BrowserNotificationsButton } from '../components/alerts/browser-notifications-button';

export function AlertsPage() {
  const preferences = useAlertPreferences();
  const save = useSaveAlertPreferences();
  const test = useSendTestAlert();
  const [secretClosed, setSecretClosed] = useState(false);
  const secret = secretClosed ? null : save.data?.webhookSecret;

  return (
    <>
      <h1>Alerts</h1>
      <p className="hint">Your own alerts: nobody else sees or changes them.</p>
      {preferences.isPending && <Spinner label="Loading your alerts" />}
      {preferences.isError && (
        <ProblemAlert error={preferences.error} context="Could not load your alerts." />
      )}
      {save.isError && <ProblemAlert error={save.error} context="Could not save your alerts." />}
      {save.isSuccess && <p role="status">Alerts saved.</p>}
      {secret && (
        <ShownOncePanel
          title="Webhook signing secret"
          warning="Copy it now: it is not shown again. Check X-CleanPlatform-Signature (sha256=HMAC of the body) with it."
          label="Signing secret"
          value={secret}
          copiedMessage="Secret copied."
          copyFailedMessage="Could not copy; select it and copy by hand."
          onClose={() => {
            setSecretClosed(true);
          }}
        />
      )}
      {preferences.data && (
        <AlertPreferencesForm
          key={preferences.data.version}
          preferences={preferences.data}
          busy={save.isPending}
          apiError={save.error}
          onSave={(body) => {
            setSecretClosed(false);
            save.mutate(body);
          }}
        />
      )}
      <section aria-label="Try it">
        <BrowserNotificationsButton />
        <button
          type="button"
          disabled={test.isPending}
          onClick={() => {
            test.mutate();
          }}
        >
          Send test alert
        </button>
        {test.isSuccess && <p role="status">Test alert sent: it arrives on your channels within seconds.</p>}
        {test.isError && <ProblemAlert error={test.error} context="Could not send the test alert." />}
      </section>
    </>
  );
}
