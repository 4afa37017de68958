export { bettingKeys } from './api/betting-keys';
export { bettingNav } from './betting-nav';
export { bettingRoutes } from './routes/betting-routes';
export { summaryQuery, useBettingSummary, type BettingSummary } from './api/use-analytics';
export { PlaceBetDialog, type PlaceBetDialogProps } from './components/bets/place-bet-dialog';
export type { OpportunityLink, PlaceBetFields } from './api/place-bet-form';
export { BettingSummaryCard } from './components/bets/betting-summary-card';
export { UrgentOpportunities } from './components/opportunities/urgent-opportunities';
export { LiveAlerts } from './live/live-alerts';
