import { ConfirmButton } from '../../../../shared/ui';
import type { Bet } from '../../api/use-bets';

interface BetActionsProps {
  bet: Bet;
  busy: boolean;
  /** Which action of which bet is asking to confirm, so that one row at a time does. */
  confirming: string | null;
  onConfirmingChange: (confirming: string | null) => void;
  onEdit: (bet: Bet) => void;
  onVoid: (bet: Bet) => void;
  onDelete: (bet: Bet) => void;
}

/** Edit and void a pending bet; delete any, each destructive step confirmed first. */
export function BetActions({ bet, busy, confirming, onConfirmingChange, ...on }: BetActionsProps) {
  const name = `bet placed ${bet.placedAt.slice(0, 16).replace('T', ' ')}`;
  const confirm = (action: 'void' | 'delete', label: string, question: string, act: () => void) => (
    <ConfirmButton
      label={label}
      ariaLabel={`${label} ${name}`}
      confirmGroupLabel={`Confirm ${action} of ${name}`}
      question={question}
      confirmLabel={`Yes, ${action}`}
      confirming={confirming === `${action}:${bet.id}`}
      disabled={busy}
      onStart={() => {
        onConfirmingChange(`${action}:${bet.id}`);
      }}
      onCancel={() => {
        onConfirmingChange(null);
      }}
      onConfirm={() => {
        act();
        onConfirmingChange(null);
      }}
    />
  );
  return (
    <span className="actions">
      {bet.status === 'Pending' && (
        <button
          type="button"
          aria-label={`Edit ${name}`}
          disabled={busy}
          onClick={() => {
            on.onEdit(bet);
          }}
        >
          Edit
        </button>
      )}
      {bet.status === 'Pending' &&
        confirm('void', 'Void', 'Void this bet? The stake is returned.', () => {
          on.onVoid(bet);
        })}
      {confirm('delete', 'Delete', 'Delete this bet for good?', () => {
        on.onDelete(bet);
      })}
    </span>
  );
}
