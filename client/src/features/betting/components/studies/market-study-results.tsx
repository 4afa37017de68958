import type { ReactNode } from 'react';
import type { MarketStudy } from '../../api/use-market-study';
import { ClvTable } from './clv-table';
import { FavouritesTable } from './favourites-table';
import { FlatStakesTable } from './flat-stakes-table';
import { ForecastsTable } from './forecasts-table';
import { HandicapTable } from './handicap-table';
import { MarginsTable } from './margins-table';
import { MarketStudySummary } from './market-study-summary';

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="study-part">
      <h3>{title}</h3>
      {children}
    </section>
  );
}

/** Every figure of a market study: the results, then one table per measure. */
export function MarketStudyResults({ study }: { study: MarketStudy }) {
  return (
    <section aria-labelledby="market-study-results">
      <h2 id="market-study-results">Market study results</h2>
      <MarketStudySummary study={study} />
      {study.matches === 0 && <p className="empty">No completed match passes this filter.</p>}
      <Part title="Margins">
        <MarginsTable rows={study.margins} />
      </Part>
      <Part title="Flat stakes">
        <FlatStakesTable studies={study.flatStakes} />
      </Part>
      <Part title="Favourites">
        <FavouritesTable rows={study.favourites} />
      </Part>
      <Part title="Forecasts">
        <ForecastsTable rows={study.forecasts} />
      </Part>
      <Part title="Closing-line value">
        <ClvTable rows={study.closingLineValue} />
      </Part>
      <Part title="Asian handicap">
        <HandicapTable rows={study.asianHandicap} />
      </Part>
    </section>
  );
}
