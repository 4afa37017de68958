export { bettingKeys } from './api/betting-keys';
export { bettingNav } from './betting-nav';
export { bettingRoutes } from './routes/betting-routes';
