import { useId } from 'react';
import { WEBHOOK_EVENT_TYPES } from '../../api/webhook-event-types';
import type { BoundField } from './use-webhook-endpoint-form';

const HINT = 'Choose none to receive every event type.';

/** A checkbox per event type, all bound to the one `eventTypes` field; its message goes under the group. */
export function EventTypesFieldset({ field }: { field: BoundField }) {
  const hintId = useId();
  const errorId = useId();
  return (
    <fieldset className="choices" aria-describedby={field.error ? `${hintId} ${errorId}` : hintId}>
      <legend>Event types</legend>
      {WEBHOOK_EVENT_TYPES.map((type) => (
        <label key={type} className="checkbox">
          <input type="checkbox" value={type} {...field.props} /> <code>{type}</code>
        </label>
      ))}
      <span id={hintId} className="hint">
        {HINT}
      </span>
      {field.error && (
        <span id={errorId} className="field-error">
          {field.error}
        </span>
      )}
    </fieldset>
  );
}
