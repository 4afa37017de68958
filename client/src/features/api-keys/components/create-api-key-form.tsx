import { useState, type SubmitEvent } from 'react';
import { TextField } from '../../../shared/ui';
import type { ApiKeyScope } from '../api/api-key-scopes';
import type { CreateApiKeyBody } from '../api/use-api-key-mutations';
import { earliestExpiry, latestExpiry } from './expiry-dates';
import { newApiKeyProblem, toCreateApiKeyBody } from './new-api-key';
import { ScopesFieldset } from './scopes-fieldset';

interface CreateApiKeyFormProps {
  pending: boolean;
  onSubmit: (body: CreateApiKeyBody) => void;
}

export function CreateApiKeyForm({ pending, onSubmit }: CreateApiKeyFormProps) {
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiKeyScope[]>(['Read']);
  const [expiresOn, setExpiresOn] = useState('');
  const [error, setError] = useState<string | null>(null);

  const toggle = (scope: ApiKeyScope, on: boolean) => {
    setScopes((current) =>
      on ? [...current.filter((s) => s !== scope), scope] : current.filter((s) => s !== scope),
    );
  };

  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const problem = newApiKeyProblem({ name, scopes, expiresOn });
    setError(problem);
    if (problem) return;
    onSubmit(toCreateApiKeyBody({ name, scopes, expiresOn }));
    setName('');
    setExpiresOn('');
  };

  return (
    <form onSubmit={submit} className="form form-inline" aria-label="Create API key" noValidate>
      <TextField label="Name" name="name" value={name} onValueChange={setName} maxLength={100} />
      <TextField
        label="Expires on (optional)"
        type="date"
        name="expiresOn"
        value={expiresOn}
        min={earliestExpiry()}
        max={latestExpiry()}
        onValueChange={setExpiresOn}
      />
      <ScopesFieldset scopes={scopes} onToggle={toggle} />
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <button type="submit" disabled={pending}>
        {pending ? 'Creating…' : 'Create key'}
      </button>
    </form>
  );
}
