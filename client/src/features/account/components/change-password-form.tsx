import { useState, type SubmitEvent } from 'react';
import type { ChangePasswordBody } from '../api/use-change-password';

interface ChangePasswordFormProps {
  pending: boolean;
  onSubmit: (body: ChangePasswordBody, reset: () => void) => void;
}

export function ChangePasswordForm({ pending, onSubmit }: ChangePasswordFormProps) {
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);

  const reset = () => {
    setCurrentPassword('');
    setNewPassword('');
    setConfirm('');
  };

  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    if (newPassword !== confirm) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    onSubmit({ currentPassword, newPassword }, reset);
  };

  return (
    <form onSubmit={submit} className="form" aria-label="Change password">
      <label>
        Current password
        <input
          type="password"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(e) => {
            setCurrentPassword(e.target.value);
          }}
        />
      </label>
      <label>
        New password
        <input
          type="password"
          autoComplete="new-password"
          required
          value={newPassword}
          onChange={(e) => {
            setNewPassword(e.target.value);
          }}
        />
      </label>
      <label>
        Confirm new password
        <input
          type="password"
          autoComplete="new-password"
          required
          value={confirm}
          aria-invalid={mismatch || undefined}
          aria-describedby={mismatch ? 'confirm-error' : undefined}
          onChange={(e) => {
            setConfirm(e.target.value);
          }}
        />
      </label>
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
