/**
 * The organization roles the UI offers, in display order. Written by hand because the OpenAPI document
 * types roles as plain strings (no enum), so `gen:api` has no list to generate; the API validates them.
 */
export const ROLES = ['Admin', 'Advisor', 'Member', 'Viewer'] as const;
export type Role = (typeof ROLES)[number];

/** One role, or several of which any one will do. */
export type RoleRequirement = Role | readonly Role[];

/** Whether `roles` (a user's) meet `required`. */
export function meetsRole(roles: readonly string[] | undefined, required: RoleRequirement): boolean {
  const anyOf: readonly string[] = typeof required === 'string' ? [required] : required;
  return anyOf.some((r) => roles?.includes(r) ?? false);
}

/** `required` in words: "Admin", or "Admin, Advisor or Member". */
export function describeRole(required: RoleRequirement): string {
  if (typeof required === 'string') return required;
  const head = required.slice(0, -1);
  const last = required.at(-1) ?? '';
  return head.length > 0 ? `${head.join(', ')} or ${last}` : last;
}
