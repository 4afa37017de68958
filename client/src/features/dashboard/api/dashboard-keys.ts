export const dashboardKeys = {
  all: ['dashboard'] as const,
  usage: () => [...dashboardKeys.all, 'usage'] as const,
};
