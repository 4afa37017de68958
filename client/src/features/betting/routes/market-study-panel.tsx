import { useState } from 'react';
import { ProblemAlert } from '../../../shared/ui';
import type { MarketStudyQuery } from '../api/betting-keys';
import { useMarketStudy } from '../api/use-market-study';
import { MarketStudyForm } from '../components/studies/market-study-form';
import { MarketStudyResults } from '../components/studies/market-study-results';
import { RunProgress } from '../components/studies/run-progress';

/** The market study of the filter submitted last. */
export function MarketStudyPanel() {
  const [query, setQuery] = useState<MarketStudyQuery | null>(null);
  const study = useMarketStudy(query);
  return (
    <>
      <MarketStudyForm busy={study.isFetching} apiError={study.error} onRun={setQuery} />
      {study.isFetching && <RunProgress label="Running market study…" />}
      {study.isError && <ProblemAlert error={study.error} context="Could not run the market study." />}
      {study.isSuccess && !study.isFetching && <MarketStudyResults study={study.data} />}
    </>
  );
}
