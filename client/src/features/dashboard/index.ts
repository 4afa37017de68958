export { dashboardKeys } from './api/dashboard-keys';
export { DashboardPage } from './routes/dashboard-page';
