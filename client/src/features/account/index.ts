export { accountKeys } from './api/account-keys';
export { AccountPage } from './routes/account-page';
