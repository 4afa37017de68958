import { useState } from 'react';
import { useDeactivateUser, useReactivateUser } from '../api/use-user-mutations';
import { type User, useSetUserRoles } from '../api/use-users';

/** What an Admin does to the listed users (edit roles, deactivate, reactivate) and what it last said. */
export function useUserActions() {
  const setRoles = useSetUserRoles();
  const deactivate = useDeactivateUser();
  const reactivate = useReactivateUser();
  const [editing, setEditing] = useState<User | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  return {
    setRoles,
    deactivate,
    reactivate,
    editing,
    notice,
    busyId: deactivate.isPending ? deactivate.variables : reactivate.isPending ? reactivate.variables : null,
    edit: (user: User) => {
      setRoles.reset();
      setNotice(null);
      setEditing(user);
    },
    cancelEdit: () => {
      setEditing(null);
    },
    saveRoles: (user: User, roles: string[]) => {
      setNotice(null);
      setRoles.mutate(
        { id: user.id, roles },
        {
          onSuccess: (saved) => {
            setEditing(null);
            setNotice(`Roles of ${saved.email} saved.`);
          },
        },
      );
    },
    deactivateUser: (user: User) => {
      setNotice(null);
      reactivate.reset();
      deactivate.mutate(user.id, {
        onSuccess: (saved) => {
          setNotice(`${saved.email} deactivated.`);
        },
      });
    },
    reactivateUser: (user: User) => {
      setNotice(null);
      deactivate.reset();
      reactivate.mutate(user.id, {
        onSuccess: (saved) => {
          setNotice(`${saved.email} reactivated.`);
        },
      });
    },
  };
}

export type UserActions = ReturnType<typeof useUserActions>;
