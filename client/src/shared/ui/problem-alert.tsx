import { ProblemError } from '../../api/problem';

interface ProblemAlertProps {
  error: unknown;
  /** Optional heading shown above the problem title. */
  context?: string;
}

/** Renders an RFC 9457 problem: title, detail, per-field errors and the ids support needs. */
export function ProblemAlert({ error, context }: ProblemAlertProps) {
  const problem = ProblemError.from(error).problem;
  const fieldErrors = Object.entries(problem.errors);
  return (
    <div role="alert" className="alert alert-error">
      {context && <p className="alert-context">{context}</p>}
      <p className="alert-title">
        <strong>{problem.title}</strong>
      </p>
      {problem.detail && <p>{problem.detail}</p>}
      {fieldErrors.length > 0 && (
        <ul aria-label="Field errors">
          {fieldErrors.map(([field, messages]) => (
            <li key={field}>
              <strong>{field || 'request'}</strong>: {messages.join(' ')}
            </li>
          ))}
        </ul>
      )}
      {(problem.traceId ?? problem.correlationId) && (
        <p className="alert-ids">
          {problem.correlationId && <>Correlation id: {problem.correlationId} </>}
          {problem.traceId && <>Trace id: {problem.traceId}</>}
        </p>
      )}
    </div>
  );
}
