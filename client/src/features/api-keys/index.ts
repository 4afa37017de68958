export { apiKeyKeys } from './api/api-key-keys';
export { apiKeysNav } from './api-keys-nav';
export { apiKeysRoutes } from './routes/api-keys-routes';
