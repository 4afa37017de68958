export const authKeys = {
  all: ['identity'] as const,
  me: () => [...authKeys.all, 'me'] as const,
};
