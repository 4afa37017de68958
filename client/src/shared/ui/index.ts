export { EmptyState } from './empty-state';
export { Pager } from './pager';
export { ProblemAlert } from './problem-alert';
export { Spinner } from './spinner';
