import { render, screen, within } from '@testing-library/react';
import type { AuditEntry } from '../api/use-audit-entries';
import { AuditTable } from './audit-table';

const base: AuditEntry = {
  id: '55555555-5555-5555-5555-555555555555',
  occurredAt: '2026-11-20T03:41:00Z',
  userId: null,
  userEmail: null,
  systemName: null,
  organizationId: '22222222-2222-2222-2222-222222222222',
  action: 'PurgeEndedInvitations',
  entityType: 'Invitation',
  entityId: null,
  outcome: 'Succeeded',
  error: null,
};

function actorCell() {
  const row = screen.getAllByRole('row')[1];
  if (!row) throw new Error('the table has no entry row');
  return within(row).getAllByRole('cell')[1];
}

describe('audit table', () => {
  it('names background work as the system actor', () => {
    render(<AuditTable entries={[{ ...base, systemName: 'PurgeEndedInvitations' }]} />);
    expect(actorCell()).toHaveTextContent('system: PurgeEndedInvitations');
  });

  it('names the user when a user acted', () => {
    render(
      <AuditTable entries={[{ ...base, userId: base.organizationId, userEmail: 'ada@example.test' }]} />,
    );
    expect(actorCell()).toHaveTextContent('ada@example.test');
  });

  it('says anonymous when nobody known acted', () => {
    render(<AuditTable entries={[base]} />);
    expect(actorCell()).toHaveTextContent('Anonymous');
  });
});
