export { ConfirmButton } from './confirm-button';
export { DataTable } from './data-table';
export { EmptyState } from './empty-state';
export { Pager } from './pager';
export { ProblemAlert } from './problem-alert';
export { ShownOncePanel } from './shown-once-panel';
export { Spinner } from './spinner';
