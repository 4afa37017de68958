import { useState, type SubmitEvent } from 'react';
import { API_KEY_SCOPES, type ApiKeyScope } from '../api/api-key-scopes';
import type { CreateApiKeyBody } from '../api/use-api-key-mutations';
import { earliestExpiry, expiryProblem, latestExpiry } from './expiry-dates';

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
    if (name.trim() === '') {
      setError('Name is required.');
      return;
    }
    if (scopes.length === 0) {
      setError('Pick at least one scope.');
      return;
    }
    const expiry = expiryProblem(expiresOn);
    if (expiry) {
      setError(expiry);
      return;
    }
    setError(null);
    onSubmit({
      name: name.trim(),
      scopes: API_KEY_SCOPES.filter((s) => scopes.includes(s)),
      // The key works through the whole chosen day (UTC).
      ...(expiresOn ? { expiresAt: `${expiresOn}T23:59:59Z` } : {}),
    });
    setName('');
    setExpiresOn('');
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
      <label>
        Expires on (optional)
        <input
          type="date"
          name="expiresOn"
          value={expiresOn}
          min={earliestExpiry()}
          max={latestExpiry()}
          onChange={(e) => {
            setExpiresOn(e.target.value);
          }}
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
