import { useSearchParams } from 'react-router';
import { formatDate } from '../../../shared/format';
import { readParams, withParams } from '../../../shared/search-params';
import { ProblemAlert, Spinner } from '../../../shared/ui';
import { useUrlPaging } from '../../../shared/use-url-paging';
import { useCreditGrants, useCreditLedger, useCreditWallet, type CreditGrant } from '../api/use-credits';
import { CreditBalances } from '../components/credits/credit-balances';
import { CreditGrantsSection } from '../components/credits/credit-grants-section';
import { CreditLedgerSection } from '../components/credits/credit-ledger-section';

const PAGE_SIZE = 25;
const FILTER_NAMES = ['liveOnly', 'grantId'] as const;

const describe = (grant: CreditGrant) => `the ${grant.source} grant of ${formatDate(grant.grantedAt)}`;

/** `/billing/credits` (Admins): the organization's credit balances, its grants and their ledger. */
export function CreditsPage() {
  const [params, setParams] = useSearchParams();
  const { liveOnly, grantId } = readParams(params, FILTER_NAMES);
  const grantsPaging = useUrlPaging(PAGE_SIZE, 'grantsPage');
  const ledgerPaging = useUrlPaging(PAGE_SIZE, 'ledgerPage');
  const wallet = useCreditWallet();
  const grants = useCreditGrants({
    liveOnly: liveOnly === 'true',
    page: grantsPaging.page,
    pageSize: PAGE_SIZE,
  });
  const ledger = useCreditLedger({
    grantId: grantId || undefined,
    page: ledgerPaging.page,
    pageSize: PAGE_SIZE,
  });
  const filtered = grants.data?.items.find((g) => g.id === grantId);
  // A filter change shows the first page of the list it filters; the other list stays where it was.
  const change = (changes: Record<string, string | undefined>) => {
    setParams(withParams(params, changes));
  };

  return (
    <>
      <h1>Credits</h1>
      <section aria-labelledby="credit-balances-title">
        <h2 id="credit-balances-title">Balances</h2>
        {wallet.isPending ? (
          <Spinner label="Loading the balances" />
        ) : wallet.isError ? (
          <ProblemAlert error={wallet.error} context="Could not load the balances." />
        ) : (
          <CreditBalances balances={wallet.data.balances} />
        )}
      </section>
      <CreditGrantsSection
        grants={grants}
        paging={grantsPaging}
        liveOnly={liveOnly === 'true'}
        onLiveOnlyChange={(on) => {
          change({ liveOnly: on ? 'true' : undefined, grantsPage: undefined });
        }}
        onHistory={(grant) => {
          change({ grantId: grant.id, ledgerPage: undefined });
        }}
      />
      <CreditLedgerSection
        ledger={ledger}
        paging={ledgerPaging}
        filter={grantId ? (filtered ? describe(filtered) : 'one grant') : undefined}
        onClearFilter={() => {
          change({ grantId: undefined, ledgerPage: undefined });
        }}
      />
    </>
  );
}
