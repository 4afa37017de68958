import { FlexRender, type ReactTable, type RowData, type TableFeatures } from '@tanstack/react-table';

interface ColumnTableProps<TFeatures extends TableFeatures, TData extends RowData, TSelected> {
  /** Visually hidden caption; also the name of the table and of its scrolling region. */
  caption: string;
  /** The TanStack table whose header groups and current rows are shown. */
  table: ReactTable<TFeatures, TData, TSelected>;
  /** A class for the row of `row`, to mark some rows out. */
  rowClassName?: (row: TData) => string | undefined;
}

/**
 * A TanStack table of figures in a region of its own that scrolls sideways when the screen is narrower than its
 * columns, so the page itself never does.
 */
export function ColumnTable<TFeatures extends TableFeatures, TData extends RowData, TSelected>({
  caption,
  table,
  rowClassName,
}: ColumnTableProps<TFeatures, TData, TSelected>) {
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="table numbers">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col">
                  <FlexRender header={header} />
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className={rowClassName?.(row.original)}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id}>
                  <FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
