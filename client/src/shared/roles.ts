/** The organization roles the UI offers, in display order. */
export const ROLES = ['Admin', 'Advisor', 'Member', 'Viewer'] as const;
export type Role = (typeof ROLES)[number];
