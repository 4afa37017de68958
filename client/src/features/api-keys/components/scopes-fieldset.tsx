import { API_KEY_SCOPES, type ApiKeyScope } from '../api/api-key-scopes';

interface ScopesFieldsetProps {
  scopes: ApiKeyScope[];
  onToggle: (scope: ApiKeyScope, on: boolean) => void;
}

/** A checkbox for each scope a key may get. */
export function ScopesFieldset({ scopes, onToggle }: ScopesFieldsetProps) {
  return (
    <fieldset>
      <legend>Scopes</legend>
      {API_KEY_SCOPES.map((scope) => (
        <label key={scope} className="checkbox">
          <input
            type="checkbox"
            checked={scopes.includes(scope)}
            onChange={(e) => {
              onToggle(scope, e.target.checked);
            }}
          />
          {scope}
        </label>
      ))}
    </fieldset>
  );
}
