import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ApiBody, ApiResult } from '../../../api/types';
import { listQuery } from '../../../shared/list-query';
import { useInvalidatingMutation } from '../../../shared/use-invalidating-mutation';
import { bettingKeys, type OpportunityListQuery } from './betting-keys';

export type Opportunity = ApiResult<'/api/v1/betting/opportunities/{id}', 'get'>;
export type OpportunityStatus = Opportunity['status'];
export type OpportunityLabel = Opportunity['label'];
export type AgentRun = ApiResult<'/api/v1/betting/agent-runs', 'post'>;
export type RunAgentsBody = ApiBody<'/api/v1/betting/agent-runs', 'post'>;
export type StakeSuggestion = ApiResult<'/api/v1/betting/stake-suggestion', 'get'>;

export const OPPORTUNITY_STATUSES: readonly OpportunityStatus[] = ['Open', 'Withdrawn', 'Expired'];
export const OPPORTUNITY_LABELS: readonly OpportunityLabel[] = ['Analyser', 'Prudence'];
/** The agents that raise opportunities (the backtest agent only replays). */
export const OPPORTUNITY_AGENTS = ['anomaly', 'spread', 'pattern'] as const;

/** Kick-offs this close are urgent. */
export const URGENT_HOURS = 24;

/** Whether an event kicks off from `now` to 24 hours later. */
export const isUrgent = (kickOffUtc: string, now: number = Date.now()) => {
  const at = Date.parse(kickOffUtc);
  return at >= now && at - now <= URGENT_HOURS * 3_600_000;
};

export const opportunitiesQuery = (query: OpportunityListQuery) =>
  listQuery(bettingKeys.opportunityList(query), async (signal) =>
    unwrap(await api.GET('/api/v1/betting/opportunities', { params: { query }, signal })),
  );

/** One page of the organization's opportunities. */
export const useOpportunities = (query: OpportunityListQuery) => useQuery(opportunitiesQuery(query));

/** One opportunity with its full audit; `id` null loads nothing. */
export const useOpportunity = (id: string | null) =>
  useQuery({
    queryKey: bettingKeys.opportunity(id ?? ''),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/betting/opportunities/{id}', { params: { path: { id: id ?? '' } }, signal }),
      ),
    enabled: id !== null,
  });

/** The stake the settings suggest at `odds` for `probability`; both null loads nothing. */
export const useStakeSuggestion = (odds: number | null, probability: number | null) =>
  useQuery({
    queryKey: bettingKeys.stakeSuggestion(odds ?? 0, probability ?? 0),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/betting/stake-suggestion', {
          params: { query: { odds: odds ?? 0, probability: probability ?? 0 } },
          signal,
        }),
      ),
    enabled: odds !== null && probability !== null,
  });

/** Runs the agents (a scan, or a replay of history); the opportunities load again after. */
export const useRunAgents = () =>
  useInvalidatingMutation(bettingKeys.opportunities(), async (body: RunAgentsBody) =>
    unwrap(await api.POST('/api/v1/betting/agent-runs', { body })),
  );
