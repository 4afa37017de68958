import { CheckedForm, Dialog, FormDialogActions, ProblemAlert } from '../../../../shared/ui';
import { editBetDefaults, editBetSchema, toEditBetBody } from '../../api/edit-bet-form';
import { useEditBet } from '../../api/use-bet-mutations';
import type { Bet } from '../../api/use-bets';
import { InputField } from '../studies/bound-fields';
import { useStudyForm } from '../studies/use-study-form';
import { BetTermsFields } from './bet-terms-fields';

interface EditBetDialogProps {
  bet: Bet;
  onClose: () => void;
  onSaved?: () => void;
}

/** Corrects a pending bet, sending back the version read: if it changed since, the API answers 409 and nothing is written. */
export function EditBetDialog({ bet, onClose, onSaved }: EditBetDialogProps) {
  const edit = useEditBet();
  const { form, bind } = useStudyForm(editBetSchema, editBetDefaults(bet), edit.error);
  const submit = form.handleSubmit((values) => {
    edit.mutate(
      { id: bet.id, body: toEditBetBody(bet, values) },
      {
        onSuccess: () => {
          onSaved?.();
          onClose();
        },
      },
    );
  });
  return (
    <Dialog title="Edit bet" onClose={onClose}>
      <CheckedForm label="Edit bet" onSubmit={submit}>
        <InputField label="Bookmaker key" field={bind('bookmakerKey')} autoComplete="off" autoFocus />
        <BetTermsFields bind={bind} placedAtLabel="Placed at (UTC)" />
        {edit.isError && <ProblemAlert error={edit.error} context="Could not save the bet." />}
        <FormDialogActions submit="Save" pending="Saving…" isPending={edit.isPending} onCancel={onClose} />
      </CheckedForm>
    </Dialog>
  );
}
