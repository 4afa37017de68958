export { dashboardKeys } from './api/dashboard-keys';
export { dashboardNav } from './dashboard-nav';
export { dashboardRoutes } from './routes/dashboard-routes';
