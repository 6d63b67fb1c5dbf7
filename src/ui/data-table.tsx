import { FlexRender, type Row, type RowData, type TableFeatures } from '@tanstack/react-table';
import type { HTMLAttributes, Ref } from 'react';
import { SortHeaderRow, type SortableHeader } from './sort-header';
import './data-table.css';

/** The rows a virtual list leaves out: how many in all, where the rendered ones start, the gaps. */
export interface RowWindow {
  count: number;
  /** Index of the first rendered row among all rows. */
  first: number;
  /** Heights in pixels of the rows left out above and below the rendered ones. */
  above: number;
  below: number;
}

interface DataTableProps<TFeatures extends TableFeatures, TData extends RowData> {
  /** A TanStack table with row sorting: its header groups and its columns. */
  table: {
    getHeaderGroups: () => readonly { id: string; headers: readonly SortableHeader[] }[];
    getAllLeafColumns: () => readonly unknown[];
  };
  /** The rows to render, in order: all of them, or a contiguous run of them with `window`. */
  rows: readonly Row<TFeatures, TData>[];
  className: string;
  label?: string;
  labelledBy?: string;
  /** For a virtual list: spacer rows keep the scroll height, and rows carry their position. */
  window?: RowWindow;
  headRef?: Ref<HTMLTableSectionElement>;
  /** A row's own attributes (say, what opens it). */
  rowProps?: (row: Row<TFeatures, TData>) => HTMLAttributes<HTMLTableRowElement>;
}

/**
 * A table of TanStack rows under a sticky header of URL-backed sort buttons; each cell has its
 * column's class (`col-<id>`) for the feature's styles.
 */
export function DataTable<TFeatures extends TableFeatures, TData extends RowData>({
  table,
  rows,
  className,
  label,
  labelledBy,
  window,
  headRef,
  rowProps,
}: DataTableProps<TFeatures, TData>) {
  const columnCount = table.getAllLeafColumns().length;
  const spacer = (height: number) =>
    height > 0 && (
      <tr aria-hidden="true" className="spacer">
        <td colSpan={columnCount} style={{ height }} />
      </tr>
    );
  return (
    <table
      className={`data-table ${className}`}
      aria-label={label}
      aria-labelledby={labelledBy}
      aria-rowcount={window ? window.count + 1 : undefined}
    >
      <thead ref={headRef}>
        {table.getHeaderGroups().map((group) => (
          <SortHeaderRow key={group.id} headers={group.headers} rowIndex={window ? 1 : undefined} />
        ))}
      </thead>
      <tbody>
        {window && spacer(window.above)}
        {rows.map((row, offset) => (
          <tr
            // In a virtual list a row is keyed by its place: a sort or a filter then rewrites the
            // rendered rows' text instead of making every one of them again, and a scroll still
            // makes only the rows coming into view.
            key={window ? window.first + offset : row.id}
            aria-rowindex={window ? window.first + offset + 2 : undefined}
            {...rowProps?.(row)}
          >
            {row.getAllCells().map((cell) => (
              <td key={cell.column.id} className={`col-${cell.column.id}`}>
                <FlexRender cell={cell} />
              </td>
            ))}
          </tr>
        ))}
        {window && spacer(window.below)}
      </tbody>
    </table>
  );
}
