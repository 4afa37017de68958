import { CheckedForm } from '../../../../shared/ui';
import type { MarketStudyQuery } from '../../api/betting-keys';
import { EMPTY_FILTER, studyFilterSchema, toStudyFilter } from '../../api/study-filter';
import { StudyFilterFields } from './study-filter-fields';
import { useStudyForm, type StudyFormProps } from './use-study-form';

export function MarketStudyForm({ busy, apiError, onRun }: StudyFormProps<MarketStudyQuery>) {
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
