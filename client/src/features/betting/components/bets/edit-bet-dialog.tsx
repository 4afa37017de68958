import { useId } from 'react';
import { ProblemAlert } from '../../../../shared/ui';
import { editBetDefaults, editBetSchema, toEditBetBody } from '../../api/edit-bet-form';
import { useEditBet } from '../../api/use-bet-mutations';
import type { Bet } from '../../api/use-bets';
import { InputField } from '../studies/bound-fields';
import { useStudyForm } from '../studies/use-study-form';

interface EditBetDialogProps {
  bet: Bet;
  onClose: () => void;
  onSaved?: () => void;
}

/** Corrects a pending bet, sending back the version read: if it changed since, the API answers 409 and nothing is written. */
export function EditBetDialog({ bet, onClose, onSaved }: EditBetDialogProps) {
  const edit = useEditBet();
  const { form, bind } = useStudyForm(editBetSchema, editBetDefaults(bet), edit.error);
  const titleId = useId();
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
    <div
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      className="dialog"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <h2 id={titleId}>Edit bet</h2>
      <form className="form" aria-label="Edit bet" noValidate onSubmit={(e) => void submit(e)}>
        <InputField label="Bookmaker key" field={bind('bookmakerKey')} autoComplete="off" autoFocus />
        <InputField label="Line" field={bind('line')} inputMode="decimal" />
        <InputField label="Odds" field={bind('odds')} inputMode="decimal" />
        <InputField label="Stake" field={bind('stake')} inputMode="decimal" />
        <InputField label="Currency" field={bind('currency')} maxLength={3} />
        <InputField label="Placed at (UTC)" field={bind('placedAt')} type="datetime-local" />
        <InputField label="Notes" field={bind('notes')} />
        <InputField label="Tags (comma-separated)" field={bind('tags')} />
        {edit.isError && <ProblemAlert error={edit.error} context="Could not save the bet." />}
        <div className="dialog-actions">
          <button type="submit" disabled={edit.isPending}>
            {edit.isPending ? 'Saving…' : 'Save'}
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}
