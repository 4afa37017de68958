import type { ReactNode } from 'react';

interface DataTableProps {
  /** Visually hidden caption; also the table's accessible name. */
  caption: string;
  /** The scrolling region's name when the caption alone would repeat a landmark around it; the caption by default. */
  regionLabel?: string;
  columns: readonly string[];
  /** Adds a last, visually unlabelled "Actions" column. */
  actions?: boolean;
  /** The body rows. */
  children: ReactNode;
}

/**
 * A table in a region of its own that scrolls sideways when the screen is narrower than the table, so the
 * page itself never does (keyboard users reach the region with Tab and scroll it with the arrow keys).
 */
export function DataTable({ caption, regionLabel, columns, actions = false, children }: DataTableProps) {
  return (
    <div className="table-scroll" role="region" aria-label={regionLabel ?? caption} tabIndex={0}>
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
            {actions && (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
