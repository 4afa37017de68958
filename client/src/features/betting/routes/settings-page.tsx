import { ProblemAlert, Spinner } from '../../../shared/ui';
import { hasRole, useCurrentUser } from '../../auth';
import { useBettingSettings, useSaveBettingSettings } from '../api/use-betting-settings';
import { useCollectOddsNow, useOddsCollection } from '../api/use-odds-collection';
import { BankrollSummary } from '../components/settings/bankroll-summary';
import { OddsCollectionPanel } from '../components/settings/odds-collection-panel';
import { SettingsForm } from '../components/settings/settings-form';

export function SettingsPage() {
  const settings = useBettingSettings();
  const save = useSaveBettingSettings();
  const collection = useOddsCollection();
  const collect = useCollectOddsNow();
  const me = useCurrentUser();
  const canEdit = hasRole(me.data, 'Admin');
  // As the API's CollectOdds rule: Admins and Advisors.
  const canCollect = canEdit || hasRole(me.data, 'Advisor');

  return (
    <>
      <h1>Betting settings</h1>
      <BankrollSummary />
      {collection.isPending && <Spinner label="Loading the odds collection" />}
      {collection.isError && (
        <ProblemAlert error={collection.error} context="Could not load the odds collection." />
      )}
      {collection.data && (
        <OddsCollectionPanel
          status={collection.data}
          onCollect={
            canCollect
              ? () => {
                  collect.mutate();
                }
              : undefined
          }
          collecting={collect.isPending}
          run={collect.data}
          runError={collect.error}
        />
      )}
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
