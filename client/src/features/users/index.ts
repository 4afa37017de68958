export { userKeys } from './api/user-keys';
export { usersNav } from './users-nav';
export { usersRoutes } from './routes/users-routes';
