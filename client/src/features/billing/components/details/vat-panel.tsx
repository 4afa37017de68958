import { formatDate } from '../../../../shared/format';
import type {
  BillingCustomer,
  EvidenceSource,
  VatCase,
  VatNumberStatus,
} from '../../api/billing-customer-form';

const CASES: Record<VatCase, string> = {
  DomesticConsumer: 'Domestic sale to a consumer: VAT at the domestic rate.',
  DomesticBusiness:
    'Domestic sale to a business: VAT at the domestic rate; your VAT number appears on invoices.',
  OtherStateConsumer: 'Taxed at your country’s rate via OSS (the EU One-Stop Shop).',
  ReverseCharge: 'Reverse charge: no VAT on invoices; both VAT numbers appear on them.',
  OutsideEu: 'Not subject to EU VAT.',
};

const STATUSES: Record<VatNumberStatus, string> = {
  None: 'No VAT number given.',
  Unchecked: 'Unchecked: awaiting confirmation from VIES; until then you are taxed like a consumer.',
  Pending: 'Pending: awaiting confirmation from VIES; until then you are taxed like a consumer.',
  Valid: 'Valid: VIES confirmed it.',
  Invalid:
    'Invalid: VIES does not know this number, so you are taxed like a consumer. Check it and save it again.',
};

const SOURCES: Record<EvidenceSource, string> = {
  BillingAddress: 'Billing address',
  IpAddress: 'IP address',
  PaymentMethod: 'Payment method',
};

/** How VAT applies to the organization today, where its VAT number stands, and the evidence of its country. */
export function VatPanel({ customer }: { customer: BillingCustomer }) {
  const { vat, vatNumberStatus, vatNumberCheckedAt, evidence } = customer;
  return (
    <section className="card" aria-labelledby="vat-panel-title">
      <h2 id="vat-panel-title">How VAT applies</h2>
      <p>{CASES[vat.case]}</p>
      <dl className="facts">
        <dt>VAT rate</dt>
        <dd>{vat.rate} %</dd>
        {vat.mention && (
          <>
            <dt>Invoice mention</dt>
            <dd>{vat.mention}</dd>
          </>
        )}
        <dt>VAT number</dt>
        <dd>
          {STATUSES[vatNumberStatus]}
          {vatNumberCheckedAt && ` Last checked ${formatDate(vatNumberCheckedAt)}.`}
        </dd>
      </dl>
      <h3>Evidence of your country</h3>
      {evidence.length === 0 ? (
        <p>None recorded yet.</p>
      ) : (
        <ul aria-label="Evidence of your country">
          {evidence.map((e) => (
            <li key={`${e.source}-${e.country}-${e.recordedAt}`}>
              {e.country}, from the {SOURCES[e.source].toLowerCase()}, {formatDate(e.recordedAt)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
