export { userKeys } from './api/user-keys';
export { UsersPage } from './routes/users-page';
