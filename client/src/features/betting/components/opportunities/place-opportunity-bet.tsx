import { formatDateTime, formatDecimal, formatPercent } from '../../../../shared/format';
import { ProblemAlert, Spinner } from '../../../../shared/ui';
import { useStakeSuggestion, type Opportunity, type StakeSuggestion } from '../../api/use-opportunities';
import { PlaceBetDialog } from '../bets/place-bet-dialog';
import { matchOf, pickOf } from './opportunity-columns';

interface PlaceOpportunityBetProps {
  opportunity: Opportunity;
  onClose: () => void;
  onPlaced: () => void;
}

/** The suggested stake's steps in one list: full Kelly, λ·f*, capped, scaled, then the stake. */
function SuggestionSteps({ s }: { s: StakeSuggestion }) {
  const money = `${formatDecimal(s.stake.amount)} ${s.stake.currency}`;
  return (
    <section aria-label="Suggested stake">
      <p>
        Suggested stake <strong>{money}</strong>
        {s.meetsMinimumEdge ? '' : ' (the EV is under your minimum edge)'}:
      </p>
      <ol>
        <li>Full Kelly f* {formatPercent(s.fullKelly)}</li>
        <li>
          × λ {formatDecimal(s.kellyFraction)} = {formatPercent(s.fractionalKelly)}
        </li>
        <li>
          capped at {formatPercent(s.maxBetShare)}: {formatPercent(s.capped)}
        </li>
        <li>
          scaled for {formatPercent(s.openShare)} already open (at most {formatPercent(s.maxOpenShare)}):{' '}
          {formatPercent(s.scaled)}
        </li>
        <li>
          of {formatDecimal(s.bankrollUsed.amount)} {s.bankrollUsed.currency} available = {money}
        </li>
      </ol>
    </section>
  );
}

/**
 * Places a bet on an open opportunity: asks the settings for the stake at its odds and fair probability, then
 * opens the place-bet dialog filled in with the opportunity and that stake, the bet linked to the opportunity.
 */
export function PlaceOpportunityBet({ opportunity: o, onClose, onPlaced }: PlaceOpportunityBetProps) {
  const suggestion = useStakeSuggestion(o.odds, o.fairProbability);
  if (suggestion.isPending) return <Spinner label="Loading the suggested stake" />;
  const s = suggestion.data;
  return (
    <PlaceBetDialog
      initial={{
        eventId: o.event.id,
        bookmakerKey: o.bookmaker,
        market: o.market,
        selection: o.selection,
        line: String(o.line),
        odds: String(o.odds),
        stake: s ? s.stake.amount.toFixed(2) : '',
        currency: s?.stake.currency ?? 'EUR',
      }}
      knownEvent={{ id: o.event.id, label: `${matchOf(o)}, ${formatDateTime(o.event.kickOffUtc)}` }}
      link={{
        opportunityId: o.id,
        agentKey: o.agentKey,
        edge: o.edge,
        kellyFraction: s?.kellyFraction ?? null,
      }}
      onClose={onClose}
      onPlaced={onPlaced}
    >
      <p>
        {matchOf(o)}: {pickOf(o)} at {formatDecimal(o.odds, 2)} ({o.bookmaker}), fair probability{' '}
        {formatPercent(o.fairProbability)}.
      </p>
      {s ? (
        <SuggestionSteps s={s} />
      ) : (
        <ProblemAlert error={suggestion.error} context="Could not suggest a stake; enter one." />
      )}
    </PlaceBetDialog>
  );
}
