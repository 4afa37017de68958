import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { compactParams, readParams } from '../../../shared/search-params';
import { PagedResults, ProblemAlert, Spinner } from '../../../shared/ui';
import { useUrlPaging } from '../../../shared/use-url-paging';
import { useCurrentUser } from '../../auth';
import { canChangeBet, canPlaceBets } from '../api/bet-rights';
import type { BetListQuery } from '../api/betting-keys';
import { useBettingSummary } from '../api/use-analytics';
import { useDeleteBet, useVoidBet } from '../api/use-bet-mutations';
import { useBets, type Bet, type BetStatus } from '../api/use-bets';
import { BetActions } from '../components/bets/bet-actions';
import { BET_FILTER_NAMES, BetFilters, type BetFilterValues } from '../components/bets/bet-filters';
import { BetKpis } from '../components/bets/bet-kpis';
import { BetsTable } from '../components/bets/bets-table';
import { EditBetDialog } from '../components/bets/edit-bet-dialog';
import { PlaceBetDialog } from '../components/bets/place-bet-dialog';
import { SettleNow } from '../components/bets/settle-now';

const PAGE_SIZE = 25;

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString();

/** The filters in the URL as the API's query; the "to" day is included. */
function toQuery(f: BetFilterValues, page: number): BetListQuery {
  return {
    status: f.status === '' ? undefined : (f.status as BetStatus),
    placedFrom: f.from === '' ? undefined : `${f.from}T00:00:00Z`,
    placedTo: f.to === '' ? undefined : nextDay(f.to),
    tag: f.tag.trim() === '' ? undefined : f.tag.trim(),
    page,
    pageSize: PAGE_SIZE,
  };
}

/** Bets & P&L: the headline figures, the bets page by page, and recording, correcting, voiding or deleting them. */
export function BetsPage() {
  const [params, setParams] = useSearchParams();
  const filters = readParams(params, BET_FILTER_NAMES);
  const paging = useUrlPaging(PAGE_SIZE);
  const me = useCurrentUser();
  const summary = useBettingSummary({});
  const bets = useBets(toQuery(filters, paging.page));
  const voidBet = useVoidBet();
  const deleteBet = useDeleteBet();
  const [placing, setPlacing] = useState(false);
  const [editing, setEditing] = useState<Bet | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const busy = voidBet.isPending || deleteBet.isPending;

  const actions = useCallback(
    (bet: Bet) =>
      canChangeBet(me.data, bet) ? (
        <BetActions
          bet={bet}
          busy={busy}
          confirming={confirming}
          onConfirmingChange={setConfirming}
          onEdit={setEditing}
          onVoid={(b) => {
            voidBet.mutate(b.id, {
              onSuccess: () => {
                setNotice('Bet voided.');
              },
            });
          }}
          onDelete={(b) => {
            deleteBet.mutate(b.id, {
              onSuccess: () => {
                setNotice('Bet deleted.');
              },
            });
          }}
        />
      ) : null,
    [me.data, busy, confirming, voidBet, deleteBet],
  );

  return (
    <>
      <h1>Bets</h1>
      {summary.isPending ? (
        <Spinner label="Loading figures" />
      ) : summary.isError ? (
        <ProblemAlert error={summary.error} context="Could not load the figures." />
      ) : (
        <BetKpis summary={summary.data} />
      )}
      {canPlaceBets(me.data) && (
        <div className="dialog-actions page-actions">
          <button
            type="button"
            onClick={() => {
              setNotice(null);
              setPlacing(true);
            }}
          >
            Place a bet
          </button>
          <SettleNow onNotice={setNotice} />
        </div>
      )}
      {placing && (
        <PlaceBetDialog
          onClose={() => {
            setPlacing(false);
          }}
          onPlaced={() => {
            setNotice('Bet placed.');
          }}
        />
      )}
      {editing && (
        <EditBetDialog
          bet={editing}
          onClose={() => {
            setEditing(null);
          }}
          onSaved={() => {
            setNotice('Bet saved.');
          }}
        />
      )}
      <p role="status">{notice}</p>
      {(voidBet.isError || deleteBet.isError) && (
        <ProblemAlert error={voidBet.error ?? deleteBet.error} context="Could not change the bet." />
      )}
      <BetFilters
        values={filters}
        onChange={(f) => {
          setParams(compactParams(f));
        }}
      />
      <PagedResults query={bets} loadingLabel="Loading bets" empty="No bets match." paging={paging}>
        {(items) => <BetsTable bets={items} actions={actions} />}
      </PagedResults>
    </>
  );
}
