/** Ids of the settings form's groups, so a hint elsewhere on the page can link to the field it talks about. */
export const ODDS_API_KEY_FIELDS = 'odds-api-key';
export const SPORT_KEYS_FIELDS = 'odds-collection-settings';
