/**
 * The organization roles the UI offers, in display order. Written by hand because the OpenAPI document
 * types roles as plain strings (no enum), so `gen:api` has no list to generate; the API validates them.
 */
export const ROLES = ['Admin', 'Advisor', 'Member', 'Viewer'] as const;
export type Role = (typeof ROLES)[number];
