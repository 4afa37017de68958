import { Link } from 'react-router';

/** How integrators report usage events. */
export function ReportingUsage() {
  return (
    <section aria-labelledby="reporting-usage-title">
      <h2 id="reporting-usage-title">Reporting usage</h2>
      <p>
        Your systems report usage events with <code>POST /api/v1/billing/usage/events</code>, signed in with
        an API key that has the Write scope (see <Link to="/api-keys">API keys</Link>). Give each event an id
        of your own: an event sent again, after a timeout for instance, is counted once.
      </p>
    </section>
  );
}
