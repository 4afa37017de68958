import type { ReactNode } from 'react';
import { formatDateTime, formatNumber } from '../../../shared/format';
import type { Usage } from '../api/use-usage';

interface UsageCardProps {
  usage: Usage;
  refreshing: boolean;
  onRefresh: () => void;
  children?: ReactNode;
}

export function UsageCard({ usage, refreshing, onRefresh, children }: UsageCardProps) {
  const percent = usage.monthlyQuota > 0 ? Math.min(100, (usage.used / usage.monthlyQuota) * 100) : 0;
  return (
    <section className="card" aria-labelledby="usage-card-title">
      <div className="card-header">
        <h2 id="usage-card-title">Plan usage</h2>
        <button type="button" onClick={onRefresh} disabled={refreshing}>
          {refreshing ? 'Refreshing…' : 'Refresh'}
        </button>
      </div>
      {children}
      <p>
        <span data-testid="usage-used">{usage.used}</span> / {formatNumber(usage.monthlyQuota)} requests this
        period
      </p>
      <progress
        className="usage-bar"
        aria-label="Monthly quota used"
        max={Math.max(usage.monthlyQuota, 1)}
        value={Math.min(usage.used, Math.max(usage.monthlyQuota, 1))}
      >
        {percent.toFixed(0)}%
      </progress>
      <dl className="facts">
        <dt>Plan</dt>
        <dd>{usage.plan}</dd>
        <dt>Used</dt>
        <dd>{formatNumber(usage.used)}</dd>
        <dt>Remaining</dt>
        <dd>{formatNumber(usage.remaining)}</dd>
        <dt>Monthly quota</dt>
        <dd>{formatNumber(usage.monthlyQuota)}</dd>
        <dt>Requests per minute</dt>
        <dd>{formatNumber(usage.requestsPerMinute)}</dd>
        <dt>Period ends</dt>
        <dd>{formatDateTime(usage.periodEnd)}</dd>
      </dl>
    </section>
  );
}
