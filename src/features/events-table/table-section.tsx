import type { Docking } from '../domain/docking';
import { exportFileName, exportRows } from '../domain/export';
import { CLEARED_FILTERS, type ViewState } from '../domain/view-state';
import { EventsTable } from '../features/events-table/events-table';
import { TableMessage, TableSkeleton } from '../features/events-table/table-states';
import type { SetViewState } from '../ui/use-view-state';
import { ExportButtons, today } from '../ui/export-buttons';
import { PanelBoundary } from '../ui/panel-boundary';
import { PANEL_IDS } from '../ui/skip-button';
import type { DockingData } from '../api/use-docking-data';

interface TableSectionProps {
  /** The rows of the view, in its order. */
  rows: Docking[];
  /** How many events are loaded in all. */
  total: number;
  /** "42 of 555 events". */
  countText: string;
  view: ViewState;
  setView: SetViewState;
  data: DockingData;
  activeId: number | null;
  onOpen: (id: number) => void;
}

const NO_MATCH = 'No events match — clear filters';

/** The events table with its count, export and time zone, or what to show instead of rows. */
export function TableSection(props: TableSectionProps) {
  const { rows, total, countText, view, setView, data, activeId, onOpen } = props;
  // Said once the history is in, and after each change of filters (not at every page loaded).
  const announcement =
    total === 0 || data.isLoadingMore ? '' : rows.length > 0 ? countText : NO_MATCH;

  return (
    <section
      className="table-panel"
      aria-label="Docking events"
      id={PANEL_IDS.events}
      tabIndex={-1}
    >
      <div className="table-toolbar">
        <h2 className="count">{total > 0 ? countText : 'Docking events'}</h2>
        <p role="status" aria-label="Results" className="visually-hidden">
          {announcement}
        </p>
        <ExportButtons
          rows={() => exportRows(rows)}
          disabled={rows.length === 0}
          fileName={(extension) => exportFileName(view, today(), extension)}
        />
        <label className="field">
          <span className="visually-hidden">Time zone</span>
          <select
            value={view.tz}
            onChange={(event) => setView({ tz: event.target.value === 'local' ? 'local' : null })}
          >
            <option value="utc">Times in UTC</option>
            <option value="local">Times in local zone</option>
          </select>
        </label>
      </div>
      {total > 0 && rows.length > 0 ? (
        <PanelBoundary name="the table" className="table-message">
          <EventsTable
            rows={rows}
            sort={view.sort}
            onSortChange={(sort) => setView({ sort })}
            activeId={activeId}
            onOpen={onOpen}
          />
        </PanelBoundary>
      ) : total > 0 ? (
        <TableMessage
          title={NO_MATCH}
          detail="No docking event matches every filter of this view."
          action={{ label: 'Clear filters', onClick: () => setView(CLEARED_FILTERS) }}
        />
      ) : data.isLoadingFirstPage || (data.origin === 'none' && !data.error) ? (
        <TableSkeleton />
      ) : data.error ? (
        <TableMessage
          title="Docking events could not be loaded"
          detail={data.error.message}
          action={{ label: 'Retry', onClick: data.retry }}
        />
      ) : (
        <TableMessage
          title="No docking events"
          detail="The data source has no docking events yet."
        />
      )}
    </section>
  );
}
