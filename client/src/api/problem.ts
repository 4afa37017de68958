import { toProblem } from './to-problem';

/** RFC 9457 problem details as the API sends them (plus our traceId/correlationId extensions). */
export interface Problem {
  type?: string;
  /** The API's stable error code, e.g. `subscription.version_mismatch`. */
  code?: string;
  title: string;
  status: number;
  detail?: string;
  errors: Record<string, string[]>;
  traceId?: string;
  correlationId?: string;
}

/** Thrown by every API hook when the server answers with an error. */
export class ProblemError extends Error {
  readonly problem: Problem;

  constructor(body: unknown, response?: Response) {
    const problem = toProblem(body, response);
    super(problem.detail ?? problem.title);
    this.name = 'ProblemError';
    this.problem = problem;
  }

  get status() {
    return this.problem.status;
  }
  get title() {
    return this.problem.title;
  }
  get detail() {
    return this.problem.detail;
  }
  get errors() {
    return this.problem.errors;
  }
  get traceId() {
    return this.problem.traceId;
  }
  get correlationId() {
    return this.problem.correlationId;
  }

  static from(error: unknown): ProblemError {
    if (error instanceof ProblemError) return error;
    if (error instanceof Error) return new ProblemError({ title: 'Unexpected error', detail: error.message });
    return new ProblemError({ title: 'Unexpected error' });
  }
}

export { toProblem };
