import type { Problem } from './problem';

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

function toErrors(v: unknown): Record<string, string[]> {
  if (typeof v !== 'object' || v === null) return {};
  const out: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(v as Record<string, unknown>)) {
    if (Array.isArray(messages)) out[field] = messages.filter((m): m is string => typeof m === 'string');
    else if (typeof messages === 'string') out[field] = [messages];
  }
  return out;
}

export function toProblem(body: unknown, response?: Response): Problem {
  const status = response?.status ?? 0;
  const fallbackTitle =
    status === 0 ? 'Network error' : (str(response?.statusText) ?? `Request failed (${status})`);
  const headerCorrelation = response?.headers.get('X-Correlation-Id') ?? undefined;
  if (typeof body === 'object' && body !== null) {
    const b = body as Record<string, unknown>;
    return {
      type: str(b.type),
      code: str(b.code),
      title: str(b.title) ?? fallbackTitle,
      status: typeof b.status === 'number' ? b.status : status,
      detail: str(b.detail),
      errors: toErrors(b.errors),
      traceId: str(b.traceId),
      correlationId: str(b.correlationId) ?? headerCorrelation,
    };
  }
  return {
    title: fallbackTitle,
    status,
    detail: str(body),
    errors: {},
    correlationId: headerCorrelation,
  };
}
