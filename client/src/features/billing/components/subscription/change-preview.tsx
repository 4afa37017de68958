import { useEffect, useRef } from 'react';
import { formatDate } from '../../../../shared/format';
import { DataTable, Facts, ProblemAlert, Spinner, type Fact } from '../../../../shared/ui';
import { formatMoney, PER_INTERVAL, planAndInterval } from '../../api/plan-prices';
import type { PlanChangePreview } from '../../api/use-subscription';

/** When a change applies, and what it bills. */
function whenText(p: PlanChangePreview, timeZone: string): string {
  switch (p.timing) {
    case 'ImmediateWithProration':
      return 'Applies now: the unused time of your current plan is credited, the remaining time of the new one charged.';
    case 'ImmediateWithoutProration':
      return 'Applies now, free of charge.';
    case 'ImmediateNewTerm':
      return `Starts a new ${p.interval.toLowerCase()} term now, crediting the unused time of your current plan.`;
    case 'AtPeriodEnd':
      return `Applies on ${formatDate(p.effectiveAt, timeZone)}, at the end of the period: nothing is billed now.`;
  }
}

const LINE_COLUMNS = ['Description', 'Amount'] as const;

interface ChangePreviewProps {
  /** The plan's name, for the heading of what changes. */
  planName: string;
  /** The subscription's time zone, which dates are counted in. */
  timeZone: string;
  preview: PlanChangePreview | undefined;
  /** Why the preview could not be made (a 400 names the field), if it could not. */
  error: unknown;
  /** A request is running: the buttons wait. */
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A plan change before it is made: what happens and when, the lines billed now and their totals. */
export function ChangePreview({
  planName,
  timeZone,
  preview,
  error,
  busy,
  onConfirm,
  onCancel,
}: ChangePreviewProps) {
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    titleRef.current?.focus();
  }, []);

  const money = (m: { amount: number; currency: string }) => formatMoney(m.amount, m.currency);
  const totals: Fact[] = preview
    ? [
        ['Net', money(preview.net)],
        [`VAT (${preview.vatRate} %)`, money(preview.vat)],
        ['Total due now', money(preview.total)],
      ]
    : [];

  return (
    <section className="card" aria-labelledby="change-preview-title">
      <h2 id="change-preview-title" ref={titleRef} tabIndex={-1}>
        Change preview
      </h2>
      {error ? (
        <ProblemAlert error={error} context="Could not preview this change." />
      ) : !preview ? (
        <Spinner label="Loading the preview" />
      ) : (
        <>
          <p>
            <strong>{planAndInterval(planName, preview.interval)}</strong>: {money(preview.price)}{' '}
            {PER_INTERVAL[preview.interval]}, VAT excluded.
          </p>
          <p>{whenText(preview, timeZone)}</p>
          {preview.lines.length > 0 && (
            <DataTable caption="Charges" columns={LINE_COLUMNS}>
              {preview.lines.map((line) => (
                <tr key={line.description}>
                  <td>{line.description}</td>
                  <td className="amount">{money(line.amount)}</td>
                </tr>
              ))}
            </DataTable>
          )}
          <Facts facts={totals} />
        </>
      )}
      <div className="dialog-actions page-actions">
        <button type="button" disabled={busy || !preview || Boolean(error)} onClick={onConfirm}>
          {busy ? 'Changing…' : 'Confirm change'}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          Back
        </button>
      </div>
    </section>
  );
}
