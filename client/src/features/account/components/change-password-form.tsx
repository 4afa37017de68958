import { useState, type SubmitEvent } from 'react';
import { TextField } from '../../../shared/ui';
import type { ChangePasswordBody } from '../api/use-change-password';

interface ChangePasswordFormProps {
  pending: boolean;
  onSubmit: (body: ChangePasswordBody, reset: () => void) => void;
}

const EMPTY = { currentPassword: '', newPassword: '', confirm: '' };

export function ChangePasswordForm({ pending, onSubmit }: ChangePasswordFormProps) {
  const [values, setValues] = useState(EMPTY);
  const [mismatch, setMismatch] = useState(false);
  const field = (name: keyof typeof EMPTY) => ({
    type: 'password',
    required: true,
    value: values[name],
    onValueChange: (value: string) => {
      setValues((v) => ({ ...v, [name]: value }));
    },
  });

  const reset = () => {
    setValues(EMPTY);
  };

  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    if (values.newPassword !== values.confirm) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    onSubmit({ currentPassword: values.currentPassword, newPassword: values.newPassword }, reset);
  };

  return (
    <form onSubmit={submit} className="form" aria-label="Change password">
      <TextField label="Current password" autoComplete="current-password" {...field('currentPassword')} />
      <TextField label="New password" autoComplete="new-password" {...field('newPassword')} />
      <TextField
        label="Confirm new password"
        autoComplete="new-password"
        aria-invalid={mismatch || undefined}
        aria-describedby={mismatch ? 'confirm-error' : undefined}
        {...field('confirm')}
      />
      {mismatch && (
        <p id="confirm-error" role="alert" className="field-error">
          The new passwords do not match.
        </p>
      )}
      <button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Change password'}
      </button>
    </form>
  );
}
