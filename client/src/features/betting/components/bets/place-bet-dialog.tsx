import { useEffect, useRef, useState, type ReactNode } from 'react';
import { CheckedForm, Dialog, FormDialogActions, ProblemAlert } from '../../../../shared/ui';
import {
  MARKETS,
  placeBetDefaults,
  placeBetSchema,
  selectionsOf,
  toPlaceBetBody,
  type OpportunityLink,
  type PlaceBetFields,
} from '../../api/place-bet-form';
import { usePlaceBet } from '../../api/use-bet-mutations';
import { InputField, SelectField } from '../studies/bound-fields';
import { marketLabel } from '../studies/labels';
import { useStudyForm } from '../studies/use-study-form';
import { BetTermsFields } from './bet-terms-fields';
import { EventPicker, type KnownEvent } from './event-picker';

export interface PlaceBetDialogProps {
  /** What the opener already knows (an opportunity: event, market, selection, odds…). */
  initial?: Partial<PlaceBetFields>;
  /** The opportunity the bet is placed on, recorded with it (its id, agent, edge and Kelly fraction). */
  link?: OpportunityLink;
  /** The event of `initial.eventId`, offered in the event list whatever the search shows. */
  knownEvent?: KnownEvent;
  onClose: () => void;
  /** Called once the bet is recorded. */
  onPlaced?: () => void;
  /** Shown above the form: what the opener says about the bet (an opportunity's suggested stake). */
  children?: ReactNode;
}

/**
 * Records a bet by hand. One Idempotency-Key per dialog: a retry after a lost answer replays the first one and never
 * records the bet twice. The API's field errors show under their fields.
 */
export function PlaceBetDialog({
  initial,
  link,
  knownEvent,
  onClose,
  onPlaced,
  children,
}: PlaceBetDialogProps) {
  const [key] = useState(() => crypto.randomUUID());
  const place = usePlaceBet();
  const { form, bind } = useStudyForm(placeBetSchema, placeBetDefaults(initial), place.error);
  const market = form.watch('market');
  const firstRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    firstRef.current?.querySelector('input')?.focus();
  }, []);

  const submit = form.handleSubmit((values) => {
    place.mutate(
      { body: { ...toPlaceBetBody(values), ...link }, key },
      {
        onSuccess: () => {
          onPlaced?.();
          onClose();
        },
      },
    );
  });

  return (
    <Dialog title="Place a bet" onClose={onClose}>
      {children}
      <CheckedForm label="Place a bet" onSubmit={submit}>
        <div ref={firstRef}>
          <EventPicker field={bind('eventId')} known={knownEvent} />
        </div>
        <InputField label="Bookmaker key" field={bind('bookmakerKey')} autoComplete="off" />
        <SelectField label="Market" field={bind('market')} options={MARKETS} text={marketLabel} />
        <SelectField label="Selection" field={bind('selection')} options={selectionsOf(market)} />
        <BetTermsFields bind={bind} placedAtLabel="Placed at (UTC, blank for now)" />
        {place.isError && <ProblemAlert error={place.error} context="Could not record the bet." />}
        <FormDialogActions
          submit="Place bet"
          pending="Placing…"
          isPending={place.isPending}
          onCancel={onClose}
        />
      </CheckedForm>
    </Dialog>
  );
}
