import { CheckedForm } from '../../../../shared/ui';
import type { MarketStudyQuery } from '../../api/betting-keys';
import { EMPTY_FILTER, studyFilterSchema, toStudyFilter } from '../../api/study-filter';
import { StudyFilterFields } from './study-filter-fields';
import { useStudyForm } from './use-study-form';

interface MarketStudyFormProps {
  busy: boolean;
  /** The last run's error, whose field messages go next to the fields. */
  apiError: unknown;
  onRun: (query: MarketStudyQuery) => void;
}

export function MarketStudyForm({ busy, apiError, onRun }: MarketStudyFormProps) {
  const { form, bind } = useStudyForm(studyFilterSchema, EMPTY_FILTER, apiError);
  return (
    <CheckedForm
      label="Market study"
      onSubmit={form.handleSubmit((values) => {
        onRun(toStudyFilter(values));
      })}
    >
      <StudyFilterFields bind={bind} />
      <button type="submit" disabled={busy}>
        Run market study
      </button>
    </CheckedForm>
  );
}
