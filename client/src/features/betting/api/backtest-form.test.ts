import { defaultRuleQuery } from '../studies-fixtures';
import { BACKTEST_DEFAULTS, backtestSchema, toBacktestQuery } from './backtest-form';

const issues = (values: Partial<typeof BACKTEST_DEFAULTS>) =>
  backtestSchema
    .safeParse({ ...BACKTEST_DEFAULTS, ...values })
    .error?.issues.map((i) => [i.path.join('.'), i.message]);

describe('backtest form', () => {
  it('turns the defaults into the API defaults, without an empty filter or Kelly cap', () => {
    const flat: Partial<typeof BACKTEST_DEFAULTS> = { ...BACKTEST_DEFAULTS };
    delete flat.share;
    delete flat.kellyMultiplier;
    const query = toBacktestQuery(backtestSchema.parse(flat));

    expect(query).toEqual({
      ...defaultRuleQuery,
      markets: ['MatchResult'],
      staking: 'Flat',
      stake: 1,
      kellyCap: undefined,
      bankroll: 1000,
    });
  });

  it('splits and trims the lists and keeps the dates', () => {
    const query = toBacktestQuery(
      backtestSchema.parse({ ...BACKTEST_DEFAULTS, competitions: ' E0 ,, E1', dateFrom: '2023-08-01' }),
    );

    expect(query).toMatchObject({ competitions: ['E0', 'E1'], dateFrom: '2023-08-01' });
    expect(query).not.toHaveProperty('seasons');
  });

  it.each([
    [{ stake: '0' }, 'stake', 'Must be more than 0.'],
    [{ stake: 'ten' }, 'stake', 'Enter a number.'],
    [{ kellyCap: '1.5' }, 'kellyCap', 'Must be at most 1.'],
    [{ minimumEv: '-2' }, 'minimumEv', 'Must be at least -1.'],
    [{ betBookmaker: ' ' }, 'betBookmaker', 'Name a bookmaker.'],
    [{ dateFrom: '2024-01-02', dateTo: '2024-01-01' }, 'dateTo', 'To is on or after From.'],
  ])('refuses %o with a message on %s', (values, field, message) => {
    expect(issues(values)).toEqual([[field, message]]);
  });
});
