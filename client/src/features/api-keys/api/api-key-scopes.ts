import { apiKeyScopesValues, type components } from '../../../api/schema';

export type ApiKeyScope = components['schemas']['ApiKeyScopes'];

/** The scopes a new key may get, in the document's order; `None` is the empty set, not a choice. */
export const API_KEY_SCOPES: readonly ApiKeyScope[] = apiKeyScopesValues.filter((s) => s !== 'None');
