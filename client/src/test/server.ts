import { setupServer } from 'msw/node';
import { emptyBettingSummary } from './fixtures';
import { http } from './http';

/**
 * One msw server for every test file; each test adds its handlers with `mockApi`. The dashboard, where most
 * flows land, always reads the betting summary and the urgent opportunities: an organization without bets or
 * opportunities answers them unless a test says otherwise.
 */
export const server = setupServer(
  http.get('/api/v1/betting/analytics/summary', ({ response }) => response(200).json(emptyBettingSummary)),
  http.get('/api/v1/betting/opportunities', ({ response }) =>
    response(200).json({ items: [], page: 1, pageSize: 200, totalCount: 0 }),
  ),
  // The signed-in shell opens the live alerts connection: no hub in tests, so it fails and waits quietly.
  http.untyped.post('/hubs/alerts/negotiate', () => new Response(null, { status: 404 })),
);

const sent: Request[] = [];
const unhandled: string[] = [];

server.events.on('request:start', ({ request }) => {
  // A clone, so a test can still read the body after the handler has.
  sent.push(request.clone());
});
server.events.on('request:unhandled', ({ request }) => {
  unhandled.push(`${request.method} ${new URL(request.url).pathname}`);
});

/** Every request the current test has sent, in order (the same array for the whole test). */
export const sentRequests: readonly Request[] = sent;

/**
 * Forgets the test's requests and handlers. A request no handler answered fails the test even when the
 * UI swallowed the network error (a best-effort logout, a query showing its error state).
 */
export function endTest() {
  server.resetHandlers();
  sent.length = 0;
  const missed = unhandled.splice(0);
  if (missed.length > 0) throw new Error(`Requests without a mock: ${missed.join(', ')}`);
}
