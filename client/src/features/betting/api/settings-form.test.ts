import { defaultSettings } from '../settings-fixtures';
import { settingsSchema, toFormValues, toSettingsBody, type SettingsFormValues } from './settings-form';

const DEFAULTS = toFormValues(defaultSettings);

const issues = (values: Readonly<Partial<Record<keyof SettingsFormValues, unknown>>>) =>
  settingsSchema
    .safeParse({ ...DEFAULTS, ...values })
    .error?.issues.map((i) => [i.path.join('.'), i.message]);

describe('betting settings form', () => {
  it('sends the settings it shows back unchanged, keeping the stored key', () => {
    const body = toSettingsBody(settingsSchema.parse(DEFAULTS), 3);

    expect(body).toEqual({
      version: 3,
      initialBankroll: { amount: 1000, currency: 'EUR' },
      kellyFraction: 0.25,
      minimumEdge: 0.02,
      maxBetShare: 0.05,
      maxOpenShare: 0.25,
      collectionIntervalMinutes: 60,
      requestsReserve: 50,
      regions: ['eu'],
      sportKeys: [],
      agents: { anomaly: true, spread: true, pattern: true, backtest: true },
      alerts: { opportunityEdge: 0.1, lineMovePercent: 10, kickOffReminderMinutes: 30 },
    });
    expect(body).not.toHaveProperty('oddsApiKey');
  });

  it('sends a typed key, and an empty key when removing it', () => {
    const typed = settingsSchema.parse({ ...DEFAULTS, oddsApiKey: ' 0123456789abcdef0123456789a1b2c3 ' });

    expect(toSettingsBody(typed, 1).oddsApiKey).toBe('0123456789abcdef0123456789a1b2c3');
    expect(toSettingsBody(typed, 1, true).oddsApiKey).toBe('');
  });

  it('reads sport keys as a list, each once', () => {
    const values = settingsSchema.parse({ ...DEFAULTS, sportKeys: 'soccer_epl, basketball_nba soccer_epl' });

    expect(values.sportKeys).toEqual(['soccer_epl', 'basketball_nba']);
  });

  it.each([
    [{ kellyFraction: '0' }, 'kellyFraction', 'Must be more than 0.'],
    [{ kellyFraction: '1.5' }, 'kellyFraction', 'Must be at most 1.'],
    [{ minimumEdge: 'x' }, 'minimumEdge', 'Enter a number.'],
    [{ collectionIntervalMinutes: '4' }, 'collectionIntervalMinutes', 'Must be at least 5.'],
    [{ collectionIntervalMinutes: '7.5' }, 'collectionIntervalMinutes', 'Enter a whole number.'],
    [{ regions: [] }, 'regions', 'Collect at least one region.'],
    [
      { sportKeys: 'Soccer EPL' },
      'sportKeys.0',
      'Sport keys are lower-case letters, digits and _, e.g. soccer_epl.',
    ],
    [{ bankrollCurrency: 'eur' }, 'bankrollCurrency', 'Use a three-letter code such as EUR.'],
    [{ oddsApiKey: 'short' }, 'oddsApiKey', 'A key has 12 to 128 characters.'],
    [
      { maxBetShare: '0.3' },
      'maxBetShare',
      'The most one bet may take cannot exceed the most all open bets may take.',
    ],
  ] as const)('refuses %o', (values, path, message) => {
    expect(issues(values)).toContainEqual([path, message]);
  });
});
