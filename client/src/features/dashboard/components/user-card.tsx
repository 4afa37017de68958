import type { CurrentUser } from '../../auth';

export function UserCard({ user }: { user: CurrentUser }) {
  return (
    <section className="card" aria-labelledby="user-card-title">
      <h2 id="user-card-title">{user.displayName}</h2>
      <dl className="facts">
        <dt>Email</dt>
        <dd>{user.email}</dd>
        <dt>Roles</dt>
        <dd>{user.roles.length > 0 ? user.roles.join(', ') : 'None'}</dd>
        <dt>Organization</dt>
        <dd>{user.organization.name}</dd>
        <dt>Plan</dt>
        <dd>{user.organization.plan}</dd>
      </dl>
    </section>
  );
}
