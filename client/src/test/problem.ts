const PROBLEM_HEADERS = { 'Content-Type': 'application/problem+json' };

/**
 * An RFC 9457 body as the API sends it (with our traceId/correlationId) and the init that sends it as
 * `application/problem+json` with `status`: spread it into `response(status).json(...problem(...))`.
 */
export function problem<E extends object = object>(status: number, title: string, extra?: E) {
  const body = Object.assign(
    { type: 'about:blank', title, status, traceId: '00-trace-01', correlationId: 'corr-1' },
    extra,
  );
  return [body, { status, headers: PROBLEM_HEADERS }] as const;
}

/** The 400 the API sends when fields are invalid, `errors` giving each field's messages. */
export const validationProblem = (errors: Record<string, string[]>) =>
  problem(400, 'One or more validation errors occurred.', { errors });
