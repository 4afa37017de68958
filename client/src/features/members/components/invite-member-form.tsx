import { useState, type SubmitEvent } from 'react';
import { ROLES, type Role } from '../../../shared/roles';
import type { InviteMemberBody } from '../api/use-invitation-mutations';

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
      <label>
        Email
        <input
          type="email"
          name="email"
          autoComplete="off"
          value={email}
          onChange={(e) => {
            setEmail(e.target.value);
          }}
          maxLength={256}
          {...(error ? { 'aria-invalid': true, 'aria-describedby': 'invite-email-error' } : {})}
        />
      </label>
      <label>
        Role
        <select
          name="role"
          value={role}
          onChange={(e) => {
            const next = ROLES.find((r) => r === e.target.value);
            if (next) setRole(next);
          }}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
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
