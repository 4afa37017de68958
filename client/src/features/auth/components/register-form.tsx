import { useState, type SubmitEvent } from 'react';
import type { RegisterBody } from '../api/use-login';

interface RegisterFormProps {
  pending: boolean;
  invitationToken: string | null;
  onSubmit: (body: RegisterBody) => void;
}

type Field = 'email' | 'password' | 'displayName';
const MIN_PASSWORD = 8;

export function validateRegistration(values: { email: string; password: string; displayName: string }) {
  const errors: Partial<Record<Field, string>> = {};
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) errors.email = 'Enter a valid email address.';
  if (values.password.length < MIN_PASSWORD)
    errors.password = `Password must be at least ${MIN_PASSWORD} characters.`;
  if (values.displayName.trim() === '') errors.displayName = 'Display name is required.';
  return errors;
}

export function RegisterForm({ pending, invitationToken, onSubmit }: RegisterFormProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [organizationName, setOrganizationName] = useState('');
  const [invitation, setInvitation] = useState(invitationToken ?? '');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const found = validateRegistration({ email, password, displayName });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    onSubmit({
      email: email.trim(),
      password,
      displayName: displayName.trim(),
      organizationName: organizationName.trim() || null,
      invitationToken: invitation.trim() || null,
    });
  };

  const described = (field: Field) =>
    errors[field] ? { 'aria-invalid': true, 'aria-describedby': `register-${field}-error` } : {};
  const fieldError = (field: Field) =>
    errors[field] ? (
      <span id={`register-${field}-error`} className="field-error">
        {errors[field]}
      </span>
    ) : null;

  return (
    <form onSubmit={submit} className="form" aria-label="Create account" noValidate>
      <label>
        Email
        <input
          type="email"
          name="email"
          autoComplete="username"
          value={email}
          onChange={(e) => {
            setEmail(e.target.value);
          }}
          {...described('email')}
        />
      </label>
      {fieldError('email')}
      <label>
        Password
        <input
          type="password"
          name="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => {
            setPassword(e.target.value);
          }}
          {...described('password')}
        />
      </label>
      {fieldError('password')}
      <label>
        Display name
        <input
          name="displayName"
          autoComplete="name"
          value={displayName}
          onChange={(e) => {
            setDisplayName(e.target.value);
          }}
          {...described('displayName')}
        />
      </label>
      {fieldError('displayName')}
      {invitationToken ? (
        <label>
          Invitation token
          <input
            name="invitationToken"
            value={invitation}
            onChange={(e) => {
              setInvitation(e.target.value);
            }}
          />
        </label>
      ) : (
        <label>
          Organization name (optional)
          <input
            name="organizationName"
            autoComplete="organization"
            value={organizationName}
            onChange={(e) => {
              setOrganizationName(e.target.value);
            }}
          />
        </label>
      )}
      <button type="submit" disabled={pending}>
        {pending ? 'Creating account…' : 'Create account'}
      </button>
    </form>
  );
}
