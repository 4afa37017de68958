/** Query keys for betting data, general → specific; an import invalidates them all. */
export const bettingKeys = {
  all: ['betting'] as const,
  key: (...parts: string[]) => [...bettingKeys.all, ...parts] as const,
};
