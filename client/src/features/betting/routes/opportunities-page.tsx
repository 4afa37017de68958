import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { compactParams, readParams } from '../../../shared/search-params';
import { PagedResults, ProblemAlert, Spinner } from '../../../shared/ui';
import { useUrlPaging } from '../../../shared/use-url-paging';
import { hasRole, useCurrentUser } from '../../auth';
import { canPlaceBets } from '../api/bet-rights';
import type { OpportunityListQuery } from '../api/betting-keys';
import {
  useOpportunities,
  useOpportunity,
  type Opportunity,
  type OpportunityLabel,
  type OpportunityStatus,
} from '../api/use-opportunities';
import { OpportunitiesTable } from '../components/opportunities/opportunities-table';
import { OpportunityAudit } from '../components/opportunities/opportunity-audit';
import {
  OpportunityFilters,
  type OpportunityFilterValues,
} from '../components/opportunities/opportunity-filters';
import { matchOf, pickOf } from '../components/opportunities/opportunity-columns';
import { PlaceOpportunityBet } from '../components/opportunities/place-opportunity-bet';
import { RunAgents } from '../components/opportunities/run-agents';

const PAGE_SIZE = 25;

/** The minimum edge typed in points (2 = 2 %) as the API's fraction, or nothing when blank or not a number. */
const minEdgeOf = (text: string) => {
  const n = Number(text);
  return text.trim() === '' || !Number.isFinite(n) ? undefined : Math.max(-1, Math.min(1, n / 100));
};

/**
 * The filters in the URL as the API's query. "All" statuses is sent as an empty `status=`, which the API reads
 * as no status filter (it defaults to Open when the parameter is missing).
 */
export function toOpportunityQuery(f: OpportunityFilterValues, page: number): OpportunityListQuery {
  return {
    status:
      f.status === 'all'
        ? ('' as OpportunityStatus)
        : f.status === ''
          ? undefined
          : (f.status as OpportunityStatus),
    sportId: f.sport === '' ? undefined : f.sport,
    agent: f.agent === '' ? undefined : f.agent,
    label: f.label === '' ? undefined : (f.label as OpportunityLabel),
    minEdge: minEdgeOf(f.minEdge),
    consensus: f.consensus ? true : undefined,
    page,
    pageSize: PAGE_SIZE,
  };
}

/** Opportunities: what the agents found, filtered and paged, each with its audit; placing a bet on an open one. */
export function OpportunitiesPage() {
  const [params, setParams] = useSearchParams();
  const filters: OpportunityFilterValues = {
    ...readParams(params, ['status', 'sport', 'agent', 'label', 'minEdge']),
    consensus: params.get('consensus') === 'true',
  };
  const paging = useUrlPaging(PAGE_SIZE);
  const me = useCurrentUser();
  const list = useOpportunities(toOpportunityQuery(filters, paging.page));
  const [now] = useState(() => Date.now());
  const [shownId, setShownId] = useState<string | null>(null);
  const shown = useOpportunity(shownId);
  const [placing, setPlacing] = useState<Opportunity | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const mayPlace = canPlaceBets(me.data);
  const mayRun = hasRole(me.data, 'Admin') || hasRole(me.data, 'Advisor');

  const place = useCallback((o: Opportunity) => {
    setNotice(null);
    setShownId(null);
    setPlacing(o);
  }, []);

  const actions = useCallback(
    (o: Opportunity) => {
      const name = `${matchOf(o)} ${pickOf(o)}`;
      return (
        <span className="dialog-actions">
          <button
            type="button"
            aria-label={`Audit of ${name}`}
            onClick={() => {
              setShownId(o.id);
            }}
          >
            Audit
          </button>
          {mayPlace && o.status === 'Open' && (
            <button
              type="button"
              aria-label={`Place bet on ${name}`}
              onClick={() => {
                place(o);
              }}
            >
              Place bet
            </button>
          )}
        </span>
      );
    },
    [mayPlace, place],
  );

  return (
    <>
      <h1>Opportunities</h1>
      <p>
        What the detection agents found: prices above their fair value, each with its audit. Kick-offs within
        24 hours are marked <span className="badge badge-urgent">within 24 h</span>.
      </p>
      {mayRun && <RunAgents />}
      {placing && (
        <PlaceOpportunityBet
          opportunity={placing}
          onClose={() => {
            setPlacing(null);
          }}
          onPlaced={() => {
            setNotice('Bet placed.');
          }}
        />
      )}
      {shownId !== null &&
        (shown.isPending ? (
          <Spinner label="Loading the audit" />
        ) : shown.isError ? (
          <ProblemAlert error={shown.error} context="Could not load the opportunity." />
        ) : (
          <OpportunityAudit
            opportunity={shown.data}
            now={now}
            onClose={() => {
              setShownId(null);
            }}
            actions={
              mayPlace && shown.data.status === 'Open' ? (
                <button
                  type="button"
                  onClick={() => {
                    place(shown.data);
                  }}
                >
                  Place bet
                </button>
              ) : undefined
            }
          />
        ))}
      <p role="status">{notice}</p>
      <OpportunityFilters
        values={filters}
        onChange={(f) => {
          setParams(
            compactParams({
              status: f.status,
              sport: f.sport,
              agent: f.agent,
              label: f.label,
              minEdge: f.minEdge,
              consensus: f.consensus ? 'true' : undefined,
            }),
          );
        }}
      />
      <PagedResults
        query={list}
        loadingLabel="Loading opportunities"
        empty="No opportunities match."
        paging={paging}
      >
        {(items) => <OpportunitiesTable opportunities={items} now={now} actions={actions} />}
      </PagedResults>
    </>
  );
}
