import { functionalUpdate, useTable, type SortingState } from '@tanstack/react-table';
import { elementScroll, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { Docking } from '../../domain/docking';
import { DEFAULT_SORT, SORTABLE_COLUMNS, type SortKey } from '../../domain/view-state';
import { dockingColumns, tableFeatureSet } from './columns';
import { DataTable, type RowWindow } from '../../ui/data-table';
import { useElementHeight } from '../../ui/use-measured';

const ROW_HEIGHT = 52;
const HEADER_HEIGHT = 36;
const columnIds: readonly string[] = SORTABLE_COLUMNS;

/**
 * The scrolling box's size, as the browser reports it after laying the box out. (The
 * virtualizer's own reads it at once too, which lays the page out inside the render that mounts
 * the table.) Until then, the rows for a window's height are rendered.
 */
function observeBoxWhenLaidOut(
  instance: Virtualizer<HTMLDivElement, Element>,
  report: (rect: { width: number; height: number }) => void,
) {
  const box = instance.scrollElement;
  if (!box) return;
  const observer = new ResizeObserver(() =>
    report({ width: box.clientWidth, height: box.clientHeight }),
  );
  observer.observe(box);
  return () => observer.disconnect();
}

/**
 * Scrolls the box, except to the top when it is known to be there: the virtualizer writes its
 * offset when it mounts, and writing any offset lays the page out at once.
 */
function scrollUnlessThere(
  offset: number,
  options: { adjustments?: number; behavior?: ScrollBehavior },
  instance: Virtualizer<HTMLDivElement, Element>,
) {
  if (offset === 0 && !options.adjustments && instance.scrollOffset === 0) return;
  elementScroll(offset, options, instance);
}

function toSortKeys(sorting: SortingState): SortKey[] {
  return sorting.filter((entry) => columnIds.includes(entry.id)) as SortKey[];
}

interface EventsTableProps {
  rows: readonly Docking[];
  sort: SortKey[];
  onSortChange: (sort: SortKey[] | null) => void;
  /** The event open in the drawer: highlighted and kept in view. */
  activeId: number | null;
  onOpen: (id: number) => void;
}

export function EventsTable({ rows, sort, onSortChange, activeId, onOpen }: EventsTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The sticky header sits above the rows in the same scrolling box: rows are kept clear of it.
  const [headRef, measuredHeader] = useElementHeight<HTMLTableSectionElement>();
  const headerHeight = measuredHeader ?? HEADER_HEIGHT;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    observeElementRect: observeBoxWhenLaidOut,
    scrollToFn: scrollUnlessThere,
    initialRect: { width: 0, height: window.innerHeight },
    estimateSize: () => ROW_HEIGHT,
    paddingStart: headerHeight,
    scrollPaddingStart: headerHeight,
    // Every row rendered is rebuilt at each sort or filter: four beyond each edge cover a scroll step.
    overscan: 4,
  });
  useEffect(() => {
    if (activeId === null) return;
    const index = rows.findIndex((row) => row.id === activeId);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [activeId, rows, virtualizer]);

  // Rows are keyed by their place (see DataTable): when the rows change under a focused row, focus
  // follows its event to its new place, or stays in the table if it has gone from view.
  const focusedRowId = useRef<number | null>(null);
  useLayoutEffect(() => {
    const box = scrollRef.current;
    const focused = document.activeElement;
    if (!box || !(focused instanceof HTMLElement) || !focused.matches('tr[data-row-id]')) return;
    if (!box.contains(focused) || focused.dataset.rowId === String(focusedRowId.current)) return;
    const row = box.querySelector<HTMLElement>(`tr[data-row-id="${focusedRowId.current}"]`);
    (row ?? box).focus({ preventScroll: true });
  }, [rows]);

  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const end = (items[items.length - 1]?.index ?? -1) + 1;
  // The table is given only the rows in view: rows are sorted and filtered before they come here,
  // and a row object for each of 10,000 events would cost 2.5 MB and be rebuilt on every change.
  const inView = useMemo(() => rows.slice(first, end), [rows, first, end]);
  const table = useTable({
    features: tableFeatureSet,
    columns: dockingColumns,
    data: inView,
    getRowId: (row) => String(row.id),
    state: { sorting: sort },
    onSortingChange: (updater) => {
      const next = toSortKeys(functionalUpdate(updater, sort));
      onSortChange(next.length ? next : DEFAULT_SORT);
    },
    manualSorting: true,
    enableSortingRemoval: false,
    enableMultiSort: true,
  });

  const rowWindow: RowWindow = {
    count: rows.length,
    first,
    above: (items[0]?.start ?? headerHeight) - headerHeight,
    below: virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0),
  };

  return (
    <div className="table-scroll" ref={scrollRef} tabIndex={-1}>
      <DataTable
        table={table}
        rows={table.getRowModel().rows}
        className="events-table"
        label="Docking events"
        window={rowWindow}
        headRef={headRef}
        rowProps={(row) => ({
          'aria-current': row.original.id === activeId ? 'true' : undefined,
          'data-status': row.original.status,
          'data-row-id': row.original.id,
          tabIndex: 0,
          onClick: () => onOpen(row.original.id),
          onFocus: () => (focusedRowId.current = row.original.id),
          onKeyDown: (event) => {
            if (event.key !== 'Enter' && event.key !== ' ') return;
            event.preventDefault();
            onOpen(row.original.id);
          },
        })}
      />
    </div>
  );
}
