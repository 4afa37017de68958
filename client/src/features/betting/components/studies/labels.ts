import type { components } from '../../../../api/schema';

type Schemas = components['schemas'];

const MARKETS: Readonly<Partial<Record<string, string>>> = {
  MatchResult: '1X2',
  Moneyline: 'Moneyline',
  Totals: 'Over/under',
  Spread: 'Spread',
  AsianHandicap: 'Asian handicap',
} satisfies Record<Schemas['MarketKind'], string>;

const SNAPSHOTS: Readonly<Partial<Record<string, string>>> = {
  Opening: 'Opening',
  Intermediate: 'Intermediate',
  PreClosing: 'Pre-closing',
  Closing: 'Closing',
} satisfies Record<Schemas['SnapshotKind'], string>;

export const marketLabel = (m: string) => MARKETS[m] ?? m;
export const snapshotLabel = (s: string) => SNAPSHOTS[s] ?? s;

/** A market with its line where it has one: "1X2", "Over/under 2.5". */
export const marketWithLine = (market: Schemas['MarketKind'], line: number) =>
  market === 'MatchResult' || market === 'Moneyline' ? marketLabel(market) : `${marketLabel(market)} ${line}`;
