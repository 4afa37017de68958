import type { RouteObject } from 'react-router';

/** The pages a feature adds; src/app/routes.tsx puts them in place, one line per feature. */
export interface FeatureRoutes {
  /** Open to anyone, outside the signed-in layout (sign in, register). */
  public?: RouteObject[];
  /** Inside the signed-in layout; paths are relative to `/`. */
  signedIn?: RouteObject[];
}
