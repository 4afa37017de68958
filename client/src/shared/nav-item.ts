import type { RoleRequirement } from './roles';

/** A link in the main navigation; features export theirs and src/app/nav.ts lists them in order. */
export interface NavItem {
  to: string;
  label: string;
  /** Only users holding this role (or any of these) see the link (the route is guarded separately). */
  role?: RoleRequirement;
  end?: boolean;
}
