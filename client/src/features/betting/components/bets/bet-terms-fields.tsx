import type { PlaceBetFields } from '../../api/place-bet-form';
import { InputField, type Bind } from '../studies/bound-fields';

type BetTerms = keyof Pick<
  PlaceBetFields,
  'line' | 'odds' | 'stake' | 'currency' | 'placedAt' | 'notes' | 'tags'
>;

interface BetTermsFieldsProps {
  bind: Bind<BetTerms>;
  /** The label of the placed-at field, which says what a blank one means. */
  placedAtLabel: string;
}

/** The terms of a bet, as placing and editing one both ask them: line, odds, stake, when, notes and tags. */
export function BetTermsFields({ bind, placedAtLabel }: BetTermsFieldsProps) {
  return (
    <>
      <InputField label="Line" field={bind('line')} inputMode="decimal" />
      <InputField label="Odds" field={bind('odds')} inputMode="decimal" />
      <InputField label="Stake" field={bind('stake')} inputMode="decimal" />
      <InputField label="Currency" field={bind('currency')} maxLength={3} />
      <InputField label={placedAtLabel} field={bind('placedAt')} type="datetime-local" />
      <InputField label="Notes" field={bind('notes')} />
      <InputField label="Tags (comma-separated)" field={bind('tags')} />
    </>
  );
}
