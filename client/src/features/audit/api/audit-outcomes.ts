import { auditOutcomeValues, type components } from '../../../api/schema';

export type AuditOutcome = components['schemas']['AuditOutcome'];

/** The outcomes the filter offers: every one the document lists, in its order. */
export const AUDIT_OUTCOMES: readonly AuditOutcome[] = auditOutcomeValues;
