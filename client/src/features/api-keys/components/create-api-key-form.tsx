import { useState, type SubmitEvent } from 'react';
import { API_KEY_SCOPES, type ApiKeyScope } from '../api/use-api-keys';
import type { CreateApiKeyBody } from '../api/use-api-key-mutations';

interface CreateApiKeyFormProps {
  pending: boolean;
  onSubmit: (body: CreateApiKeyBody) => void;
}

export function CreateApiKeyForm({ pending, onSubmit }: CreateApiKeyFormProps) {
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiKeyScope[]>(['Read']);
  const [error, setError] = useState<string | null>(null);

  const toggle = (scope: ApiKeyScope, on: boolean) => {
    setScopes((current) =>
      on ? [...current.filter((s) => s !== scope), scope] : current.filter((s) => s !== scope),
    );
  };

  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    if (name.trim() === '') {
      setError('Name is required.');
      return;
    }
    if (scopes.length === 0) {
      setError('Pick at least one scope.');
      return;
    }
    setError(null);
    onSubmit({ name: name.trim(), scopes: API_KEY_SCOPES.filter((s) => scopes.includes(s)) });
    setName('');
  };

  return (
    <form onSubmit={submit} className="form form-inline" aria-label="Create API key" noValidate>
      <label>
        Name
        <input
          name="name"
          value={name}
          onChange={(e) => {
            setName(e.target.value);
          }}
          maxLength={100}
        />
      </label>
      <fieldset>
        <legend>Scopes</legend>
        {API_KEY_SCOPES.map((scope) => (
          <label key={scope} className="checkbox">
            <input
              type="checkbox"
              checked={scopes.includes(scope)}
              onChange={(e) => {
                toggle(scope, e.target.checked);
              }}
            />
            {scope}
          </label>
        ))}
      </fieldset>
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
