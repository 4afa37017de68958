export { billingKeys } from './api/billing-keys';
export { billingNav } from './billing-nav';
export { billingRoutes } from './routes/billing-routes';
