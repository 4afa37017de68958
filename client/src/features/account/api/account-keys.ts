export const accountKeys = {
  all: ['account'] as const,
  password: () => [...accountKeys.all, 'password'] as const,
};
