export { accountKeys } from './api/account-keys';
export { accountNav } from './account-nav';
export { accountRoutes } from './routes/account-routes';
