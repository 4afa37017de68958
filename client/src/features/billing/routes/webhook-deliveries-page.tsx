import { Link, useParams, useSearchParams } from 'react-router';
import { ProblemError } from '../../../api/problem';
import { compactParams, readParams } from '../../../shared/search-params';
import { PagedResults, ProblemAlert } from '../../../shared/ui';
import { useUrlPaging } from '../../../shared/use-url-paging';
import {
  isWebhookDeliveryStatus,
  useWebhookDeliveries,
  WEBHOOK_DELIVERY_STATUSES,
  type WebhookDeliveryQuery,
} from '../api/use-webhook-deliveries';
import { useWebhookEndpoints } from '../api/use-webhook-endpoints';
import { STATUS_FILTER_NAMES, StatusFilters, type StatusFilterValues } from '../components/status-filters';
import { useReplayDelivery } from '../components/webhooks/use-replay-delivery';
import { WebhookDeliveriesTable } from '../components/webhooks/webhook-deliveries-table';

const PAGE_SIZE = 25;
const BACK = <Link to="/billing/webhooks">Back to the webhooks</Link>;

/** The filters in the URL as the API's query; a status the API does not know is no filter. */
const toQuery = (f: StatusFilterValues, page: number): WebhookDeliveryQuery => ({
  status: isWebhookDeliveryStatus(f.status) ? f.status : undefined,
  page,
  pageSize: PAGE_SIZE,
});

const isNotFound = (error: unknown) => error instanceof ProblemError && error.status === 404;

/** `/billing/webhooks/:id` (Admins): an endpoint's delivery log, newest first, page by page, with replays. */
export function WebhookDeliveriesPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const filters = readParams(params, STATUS_FILTER_NAMES);
  const paging = useUrlPaging(PAGE_SIZE);
  const deliveries = useWebhookDeliveries(id, toQuery(filters, paging.page));
  const endpoint = useWebhookEndpoints().data?.endpoints.find((e) => e.id === id);
  const { replay, notice, replayDelivery } = useReplayDelivery();

  if (isNotFound(deliveries.error)) {
    return (
      <>
        <h1>No such endpoint</h1>
        <p>Your organization has no webhook endpoint at this address.</p>
        <p>{BACK}</p>
      </>
    );
  }
  return (
    <>
      <p>{BACK}</p>
      <h1>Delivery log</h1>
      {endpoint && (
        <p>
          Events posted to <span className="address">{endpoint.url}</span>, newest first. A delivery that has
          not succeeded can be replayed for 30 days.
        </p>
      )}
      <StatusFilters
        label="Filter deliveries"
        statuses={WEBHOOK_DELIVERY_STATUSES}
        values={filters}
        onChange={(f) => {
          setParams(compactParams(f));
        }}
      />
      {notice && <p role="status">{notice}</p>}
      {replay.isError && <ProblemAlert error={replay.error} context="Could not replay the delivery." />}
      <PagedResults
        query={deliveries}
        loadingLabel="Loading the deliveries"
        empty={
          filters.status
            ? `No ${filters.status.toLowerCase()} deliveries.`
            : 'Nothing posted to this endpoint yet: events appear here as they are sent.'
        }
        paging={paging}
      >
        {(items) => (
          <WebhookDeliveriesTable
            deliveries={items}
            now={new Date()}
            replayingId={replay.isPending ? replay.variables : null}
            onReplay={replayDelivery}
          />
        )}
      </PagedResults>
    </>
  );
}
