import { useTable, type RowData } from '@tanstack/react-table';
import { ColumnTable, Pager } from '../../../../shared/ui';
import { features, type StudyColumns } from './study-columns';

const PAGE_SIZE = 25;

interface StudyTableProps<T extends RowData> {
  /** Visually hidden caption; also the name of the table and of its scrolling region. */
  caption: string;
  columns: StudyColumns<T>;
  /** Stable between renders (the query's data), so pages are not recomputed each time. */
  data: T[];
}

/**
 * A table of study figures, 25 rows a page: it scrolls sideways inside its own region when the screen is
 * narrower than its columns, so the page itself never does.
 */
export function StudyTable<T extends RowData>({ caption, columns, data }: StudyTableProps<T>) {
  const table = useTable({
    features,
    columns,
    data,
    initialState: { pagination: { pageIndex: 0, pageSize: PAGE_SIZE } },
  });
  const { pageIndex } = table.state.pagination;
  if (data.length === 0) return <p className="empty">No figures.</p>;
  return (
    <>
      <ColumnTable caption={caption} table={table} />
      {data.length > PAGE_SIZE && (
        <Pager
          label={`${caption} pages`}
          page={pageIndex + 1}
          pageSize={PAGE_SIZE}
          totalCount={data.length}
          onChange={(page) => {
            table.setPageIndex(page - 1);
          }}
        />
      )}
    </>
  );
}
