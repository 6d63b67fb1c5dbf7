import { useEffect, type ComponentProps } from 'react';
import type { Docking } from '../../domain/docking';
import { exportFileName, exportRows } from '../../domain/export';
import { CLEARED_FILTERS, type ViewState } from '../../domain/view-state';
import { whenIdle } from '../../lib/idle';
import { retryOrReload } from '../../lib/load-code';
import { TableMessage, TableSkeleton } from './table-states';
import type { SetViewState } from '../../ui/use-view-state';
import { ExportButtons, today } from '../../ui/export-buttons';
import type { NoEvents } from '../../ui/no-events';
import { PanelBoundary } from '../../ui/panel-boundary';
import { PANEL_IDS } from '../../ui/skip-button';
import { laterCode, useLaterCode } from '../../ui/use-later-code';
import type * as EventsTableModule from './events-table';
import './events-table.css';

interface TableSectionProps {
  /** The rows of the view, in its order. */
  rows: readonly Docking[];
  /** How many events are loaded in all. */
  total: number;
  /** "42 of 555 events". */
  countText: string;
  view: ViewState;
  setView: SetViewState;
  /** Where the history is, for what to show when there are no rows. */
  loading: {
    more: boolean;
    /** Why there are no rows while no event is shown. */
    noEvents: NoEvents;
    error: Error | null;
    retry: () => void;
  };
  activeId: number | null;
  onOpen: (id: number) => void;
}

const NO_MATCH = 'No events match — clear filters';

// The table's code (its row model and virtualizer are a sixth of the app's) is not needed until
// there are rows: it is asked for once the first view is on screen, while the events are on their
// way.
const eventsTableCode = laterCode(() => import('./events-table'));
/** The longest the table's code waits for the page to be idle after the first view. */
const TABLE_CODE_WAIT_MS = 300;

/** The table, or its placeholder until its code is there; a failure to load is the boundary's. */
function LaterEventsTable(props: ComponentProps<typeof EventsTableModule.EventsTable>) {
  const code = useLaterCode(eventsTableCode);
  return code ? <code.EventsTable {...props} /> : <TableSkeleton />;
}

/** The events table with its count, export and time zone, or what to show instead of rows. */
export function TableSection(props: TableSectionProps) {
  const { rows, total, countText, view, setView, loading, activeId, onOpen } = props;
  // Said once the history is in, and after each change of filters (not at every page loaded).
  const announcement = total === 0 || loading.more ? '' : rows.length > 0 ? countText : NO_MATCH;
  // Asked for after the first view's paint, which it would otherwise compete with.
  useEffect(() => whenIdle(eventsTableCode.preload, TABLE_CODE_WAIT_MS), []);

  return (
    <section
      className="panel table-panel"
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
          <LaterEventsTable
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
      ) : loading.noEvents === 'waiting' ? (
        <TableSkeleton />
      ) : loading.noEvents === 'failed' && loading.error ? (
        <TableMessage
          title="Docking events could not be loaded"
          detail={loading.error.message}
          action={retryOrReload(loading.error, loading.retry)}
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
