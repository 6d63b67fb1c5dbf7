import type { SortDirection } from '@tanstack/react-table';

interface SortHeaderProps {
  label: string;
  columnId: string;
  direction: false | SortDirection;
  /** Position among several sort keys (0 = primary), or -1 when only one key is in use. */
  sortIndex: number;
  onToggle: ((event: unknown) => void) | undefined;
}

const ariaSort = { asc: 'ascending', desc: 'descending' } as const;

function SortHeader({ label, columnId, direction, sortIndex, onToggle }: SortHeaderProps) {
  return (
    <th
      scope="col"
      className={`col-${columnId}`}
      aria-sort={direction ? ariaSort[direction] : 'none'}
    >
      <button
        type="button"
        className="sort-button"
        onClick={onToggle}
        title="Sort by this column; Shift adds it as a further sort"
      >
        {label}
        <span className="sort-indicator" aria-hidden="true">
          {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕'}
          {direction && sortIndex >= 0 ? <sup>{sortIndex + 1}</sup> : null}
        </span>
      </button>
    </th>
  );
}

/** What a sort header needs of a TanStack Table header. */
export interface SortableHeader {
  id: string;
  column: {
    id: string;
    columnDef: { header?: unknown };
    getSortIndex: () => number;
    getIsSorted: () => false | SortDirection;
    getToggleSortingHandler: () => ((event: unknown) => void) | undefined;
  };
}

/** A header row of sort buttons; the sort order is numbered when more than one column sorts. */
export function SortHeaderRow({
  headers,
  rowIndex,
}: {
  headers: readonly SortableHeader[];
  rowIndex?: number;
}) {
  const multiSort = headers.filter((header) => header.column.getIsSorted()).length > 1;
  return (
    <tr aria-rowindex={rowIndex}>
      {headers.map((header) => (
        <SortHeader
          key={header.id}
          label={String(header.column.columnDef.header)}
          columnId={header.column.id}
          sortIndex={multiSort ? header.column.getSortIndex() : -1}
          direction={header.column.getIsSorted()}
          onToggle={header.column.getToggleSortingHandler()}
        />
      ))}
    </tr>
  );
}
