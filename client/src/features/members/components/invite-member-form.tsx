import { useState, type SubmitEvent } from 'react';
import type { Role } from '../../../shared/roles';
import { TextField } from '../../../shared/ui';
import type { InviteMemberBody } from '../api/use-invitation-mutations';
import { RoleSelect } from './role-select';

interface InviteMemberFormProps {
  pending: boolean;
  onSubmit: (body: InviteMemberBody) => void;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function InviteMemberForm({ pending, onSubmit }: InviteMemberFormProps) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('Member');
  const [error, setError] = useState<string | null>(null);

  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    if (!EMAIL.test(email.trim())) {
      setError('Enter a valid email address.');
      return;
    }
    setError(null);
    onSubmit({ email: email.trim(), role });
  };

  return (
    <form onSubmit={submit} className="form form-inline" aria-label="Invite a member" noValidate>
      <TextField
        label="Email"
        type="email"
        name="email"
        autoComplete="off"
        value={email}
        onValueChange={setEmail}
        maxLength={256}
        {...(error ? { 'aria-invalid': true, 'aria-describedby': 'invite-email-error' } : {})}
      />
      <RoleSelect value={role} onChange={setRole} />
      {error && (
        <p id="invite-email-error" role="alert" className="field-error">
          {error}
        </p>
      )}
      <button type="submit" disabled={pending}>
        {pending ? 'Inviting…' : 'Send invitation'}
      </button>
    </form>
  );
}
