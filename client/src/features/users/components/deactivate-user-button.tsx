import { ConfirmButton } from '../../../shared/ui';
import type { User } from '../api/use-users';

interface DeactivateUserButtonProps {
  user: User;
  busy: boolean;
  /** Whether the button is asking to confirm; the table lets one row at a time ask. */
  confirming: boolean;
  onConfirmingChange: (confirming: boolean) => void;
  onDeactivate: (user: User) => void;
}

/** Deactivate, asking first: the user can no longer log in and loses their API keys. */
export function DeactivateUserButton({
  user,
  busy,
  confirming,
  onConfirmingChange,
  onDeactivate,
}: DeactivateUserButtonProps) {
  return (
    <ConfirmButton
      label="Deactivate"
      ariaLabel={`Deactivate ${user.email}`}
      confirmGroupLabel={`Confirm deactivating ${user.email}`}
      question={<>Deactivate {user.email}? They can no longer log in and their API keys are revoked.</>}
      confirmLabel="Yes, deactivate"
      confirming={confirming}
      disabled={busy}
      onStart={() => {
        onConfirmingChange(true);
      }}
      onCancel={() => {
        onConfirmingChange(false);
      }}
      onConfirm={() => {
        onDeactivate(user);
        onConfirmingChange(false);
      }}
    />
  );
}
