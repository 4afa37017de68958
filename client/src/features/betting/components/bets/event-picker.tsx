import { useState } from 'react';
import { formatDateTime } from '../../../../shared/format';
import { useEvents } from '../../api/use-events';
import { FormField } from '../studies/form-field';
import type { Bound } from '../studies/bound-fields';

/** Searches the organization's events by team and picks one; the choice is the form's `eventId`. */
export function EventPicker({ field }: { field: Bound }) {
  const [team, setTeam] = useState('');
  const events = useEvents({ team: team.trim() === '' ? undefined : team.trim(), pageSize: 20 });
  return (
    <>
      <label>
        Search events by team
        <input
          type="search"
          value={team}
          onChange={(e) => {
            setTeam(e.target.value);
          }}
        />
      </label>
      <FormField label="Event" error={field.error}>
        {(a11y) => (
          <select {...field.props} {...a11y}>
            <option value="">{events.isPending ? 'Loading events…' : 'Choose an event'}</option>
            {events.data?.items.map((e) => (
              <option key={e.id} value={e.id}>
                {`${e.homeTeam} – ${e.awayTeam}, ${formatDateTime(e.kickOffUtc)} (${e.competitionKey})`}
              </option>
            ))}
          </select>
        )}
      </FormField>
    </>
  );
}
