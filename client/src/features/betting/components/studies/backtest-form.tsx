import { useWatch } from 'react-hook-form';
import { CheckedForm } from '../../../../shared/ui';
import type { BacktestQuery } from '../../api/betting-keys';
import { BACKTEST_DEFAULTS, backtestSchema, toBacktestQuery } from '../../api/backtest-form';
import { BacktestRuleFields } from './backtest-rule-fields';
import { StakingFields } from './staking-fields';
import { StudyFilterFields } from './study-filter-fields';
import { useStudyForm, type StudyFormProps } from './use-study-form';

export function BacktestForm({ busy, apiError, onRun }: StudyFormProps<BacktestQuery>) {
  const { form, bind } = useStudyForm(backtestSchema, BACKTEST_DEFAULTS, apiError);
  const staking = useWatch({ control: form.control, name: 'staking' });
  return (
    <CheckedForm
      label="Backtest"
      onSubmit={form.handleSubmit((rule) => {
        onRun(toBacktestQuery(rule));
      })}
    >
      <StudyFilterFields bind={bind} />
      <BacktestRuleFields bind={bind} />
      <StakingFields bind={bind} staking={staking} />
      <button type="submit" disabled={busy}>
        Run backtest
      </button>
    </CheckedForm>
  );
}
