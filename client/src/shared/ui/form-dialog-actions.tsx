interface FormDialogActionsProps {
  /** The submit button's text. */
  submit: string;
  /** The submit button's text while the form is being sent, when it is disabled. */
  pending: string;
  isPending: boolean;
  onCancel: () => void;
}

/** A dialog form's submit and Cancel buttons. */
export function FormDialogActions({ submit, pending, isPending, onCancel }: FormDialogActionsProps) {
  return (
    <div className="dialog-actions">
      <button type="submit" disabled={isPending}>
        {isPending ? pending : submit}
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
