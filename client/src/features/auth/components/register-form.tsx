import { useState, type SubmitEvent } from 'react';
import type { RegisterBody } from '../api/use-register';
import {
  emptyRegistration,
  toRegisterBody,
  validateRegistration,
  type RegisterErrors,
  type RegisterValues,
} from './register-values';
import { TextField } from '../../../shared/ui';

interface RegisterFormProps {
  pending: boolean;
  invitationToken: string | null;
  onSubmit: (body: RegisterBody) => void;
}

export function RegisterForm({ pending, invitationToken, onSubmit }: RegisterFormProps) {
  const [values, setValues] = useState(() => emptyRegistration(invitationToken));
  const [errors, setErrors] = useState<RegisterErrors>({});
  const field = (name: keyof RegisterValues) => ({
    name,
    value: values[name],
    error: errors[name],
    onValueChange: (value: string) => {
      setValues((v) => ({ ...v, [name]: value }));
    },
  });

  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const found = validateRegistration(values);
    setErrors(found);
    if (Object.keys(found).length === 0) onSubmit(toRegisterBody(values));
  };

  return (
    <form onSubmit={submit} className="form" aria-label="Create account" noValidate>
      <TextField label="Email" type="email" autoComplete="username" {...field('email')} />
      <TextField label="Password" type="password" autoComplete="new-password" {...field('password')} />
      <TextField label="Display name" autoComplete="name" {...field('displayName')} />
      {invitationToken ? (
        <TextField label="Invitation token" {...field('invitationToken')} />
      ) : (
        <TextField
          label="Organization name (optional)"
          autoComplete="organization"
          {...field('organizationName')}
        />
      )}
      <button type="submit" disabled={pending}>
        {pending ? 'Creating account…' : 'Create account'}
      </button>
    </form>
  );
}
