export { invitationKeys } from './api/invitation-keys';
export { MembersPage } from './routes/members-page';
