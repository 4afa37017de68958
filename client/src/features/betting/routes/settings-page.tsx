import { ProblemAlert, Spinner } from '../../../shared/ui';
import { hasRole, useCurrentUser } from '../../auth';
import { useBettingSettings, useSaveBettingSettings } from '../api/use-betting-settings';
import { BankrollSummary } from '../components/settings/bankroll-summary';
import { SettingsForm } from '../components/settings/settings-form';

export function SettingsPage() {
  const settings = useBettingSettings();
  const save = useSaveBettingSettings();
  const me = useCurrentUser();
  const canEdit = hasRole(me.data, 'Admin');

  return (
    <>
      <h1>Betting settings</h1>
      <BankrollSummary />
      {settings.isPending && <Spinner label="Loading the settings" />}
      {settings.isError && <ProblemAlert error={settings.error} context="Could not load the settings." />}
      {save.isError && <ProblemAlert error={save.error} context="Could not save the settings." />}
      {save.isSuccess && <p role="status">Settings saved.</p>}
      {settings.data && (
        // A new version (after a save) starts the form again from what was stored.
        <SettingsForm
          key={settings.data.version}
          settings={settings.data}
          canEdit={canEdit}
          busy={save.isPending}
          apiError={save.error}
          onSave={save.mutate}
        />
      )}
    </>
  );
}
