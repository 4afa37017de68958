import type { ReactNode } from 'react';

interface DataTableProps {
  /** Visually hidden caption; also the table's accessible name. */
  caption: string;
  columns: readonly string[];
  /** Adds a last, visually unlabelled "Actions" column. */
  actions?: boolean;
  /** The body rows. */
  children: ReactNode;
}

export function DataTable({ caption, columns, actions = false, children }: DataTableProps) {
  return (
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
  );
}
