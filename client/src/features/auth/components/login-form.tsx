import { useState, type SubmitEvent } from 'react';
import { TextField } from '../../../shared/ui';
import type { LoginBody } from '../api/use-login';

interface LoginFormProps {
  pending: boolean;
  onSubmit: (body: LoginBody) => void;
}

export function LoginForm({ pending, onSubmit }: LoginFormProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    onSubmit({ email: email.trim(), password });
  };

  return (
    <form onSubmit={submit} className="form" aria-label="Sign in">
      <TextField
        label="Email"
        type="email"
        name="email"
        autoComplete="username"
        required
        value={email}
        onValueChange={setEmail}
      />
      <TextField
        label="Password"
        type="password"
        name="password"
        autoComplete="current-password"
        required
        value={password}
        onValueChange={setPassword}
      />
      <button type="submit" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
