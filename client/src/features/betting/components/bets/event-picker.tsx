import { useState } from 'react';
import { formatDateTime } from '../../../../shared/format';
import { useEvents } from '../../api/use-events';
import { FormField } from '../../../../shared/ui';
import type { Bound } from '../studies/bound-fields';

/** An event the picker always offers (the one an opener chose), found by search or not. */
export interface KnownEvent {
  id: string;
  label: string;
}

/** Searches the organization's events by team and picks one; the choice is the form's `eventId`. */
export function EventPicker({ field, known }: { field: Bound; known?: KnownEvent }) {
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
            {known && <option value={known.id}>{known.label}</option>}
            {events.data?.items
              .filter((e) => e.id !== known?.id)
              .map((e) => (
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
