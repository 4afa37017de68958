import { Fragment, type ReactNode } from 'react';

/** A label and its value, as a row of a {@link Facts} list. */
export type Fact = readonly [label: string, value: ReactNode];

/** Labelled figures as a description list: each label once, in order. */
export function Facts({ facts }: { facts: readonly Fact[] }) {
  return (
    <dl className="facts">
      {facts.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
