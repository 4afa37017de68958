export { apiKeyKeys } from './api/api-key-keys';
export { ApiKeysPage } from './routes/api-keys-page';
