import { ProblemAlert } from '../../../shared/ui';
import type { UserActions } from '../hooks/use-user-actions';
import { RolesEditor } from './roles-editor';

/** What the last action on a user said, and the roles editor while one is open. */
export function UserActionFeedback({ actions }: { actions: UserActions }) {
  const { notice, setRoles, deactivate, reactivate, editing } = actions;
  return (
    <>
      {notice && <p role="status">{notice}</p>}
      {setRoles.isError && <ProblemAlert error={setRoles.error} context="Could not save roles." />}
      {deactivate.isError && (
        <ProblemAlert error={deactivate.error} context="Could not deactivate the user." />
      )}
      {reactivate.isError && (
        <ProblemAlert error={reactivate.error} context="Could not reactivate the user." />
      )}
      {editing && (
        <RolesEditor
          key={editing.id}
          user={editing}
          pending={setRoles.isPending}
          onCancel={actions.cancelEdit}
          onSave={(roles) => {
            actions.saveRoles(editing, roles);
          }}
        />
      )}
    </>
  );
}
