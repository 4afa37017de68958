export { invitationKeys } from './api/invitation-keys';
export { membersNav } from './members-nav';
export { membersRoutes } from './routes/members-routes';
