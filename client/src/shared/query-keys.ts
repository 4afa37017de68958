/**
 * A feature's query keys, general → specific, so invalidation can be coarse or exact: `all` is
 * everything the feature caches, `lists()` every list whatever its filters, `list(filters)` one of them,
 * `key(name)` one thing that is not a list (the signed-in user, a mutation).
 */
export function createQueryKeys<Filters extends object = never>(scope: string) {
  const all = [scope] as const;
  return {
    all,
    lists: () => [...all, 'list'] as const,
    list: (filters: Filters) => [...all, 'list', filters] as const,
    key: <const Name extends string>(name: Name) => [...all, name] as const,
  };
}
