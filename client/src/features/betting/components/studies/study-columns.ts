import {
  createColumnHelper,
  createPaginatedRowModel,
  rowPaginationFeature,
  tableFeatures,
  type ColumnHelper,
  type RowData,
} from '@tanstack/react-table';

/** What a studies table does besides showing rows: pages of them. */
export const features = tableFeatures({ rowPaginationFeature, paginatedRowModel: createPaginatedRowModel() });
type Features = typeof features;

/** The column helper of a studies table of `T` rows. */
export const studyColumns = <T extends RowData>() => createColumnHelper<Features, T>();

/** The columns `studyColumns<T>().columns([...])` gives. */
export type StudyColumns<T extends RowData> = ReturnType<ColumnHelper<Features, T>['columns']>;
