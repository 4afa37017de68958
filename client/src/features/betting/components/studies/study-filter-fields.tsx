import type { StudyFilterValues } from '../../api/study-filter';
import { InputField, type Bind } from './bound-fields';

/** Which matches a study reads: competitions, seasons and kick-off dates (empty: all). */
export function StudyFilterFields({ bind }: { bind: Bind<keyof StudyFilterValues> }) {
  return (
    <fieldset className="form-grid">
      <legend>Matches</legend>
      <InputField label="Competitions" field={bind('competitions')} placeholder="E0, E1" />
      <InputField label="Seasons" field={bind('seasons')} placeholder="2023-24" />
      <InputField label="From" field={bind('dateFrom')} type="date" />
      <InputField label="To" field={bind('dateTo')} type="date" />
      <p className="hint">
        Separate several competitions or seasons with commas; leave a field empty for all.
      </p>
    </fieldset>
  );
}
