import { Suspense, lazy, useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { allFacetOptions, filterDockings, sortDockings, withinWindow } from '../domain/select';
import { relocations } from '../domain/occupancy';
import type { Docking } from '../domain/docking';
import { eventIdOf, type ViewFilters } from '../domain/view-state';
import { UpdatePrompt } from '../features/app-update/update-prompt';
import { TrafficChart } from '../features/traffic/traffic-chart';
import { DataBanners } from '../features/data-status/data-banners';
import { DataStatusBar } from '../features/data-status/data-status-bar';
import { DockedNowStrip } from '../features/docked-now/docked-now-strip';
import { FilterBar } from '../features/filters/filter-bar';
import { formatCount, plural } from '../lib/format';
import { useViewState } from '../ui/use-view-state';
import { PanelBoundary } from '../ui/panel-boundary';
import { PANEL_IDS, SkipButton } from '../ui/skip-button';
import { ThemeSelect } from '../ui/theme';
import { TimeZoneContext } from '../ui/time-zone';
import { PortStatsSection } from './port-stats-section';
import { TableSection } from './table-section';
import { TimelineSection } from './timeline-section';
import { usePageIdentity } from './use-page-identity';
import { UrlNotice } from './url-notice';
import { useDockingData } from '../api/use-docking-data';

// Not needed for the first view: loaded when first opened, to keep the first load small.
const EventDrawer = lazy(() =>
  import('../features/details/event-drawer').then((module) => ({ default: module.EventDrawer })),
);
const SettingsDialog = lazy(() =>
  import('../features/settings/settings-dialog').then((module) => ({
    default: module.SettingsDialog,
  })),
);

/** Focuses an element as soon as it is on the page (the table may still be catching up). */
function focusWhenShown(selector: string, framesLeft = 60) {
  requestAnimationFrame(() => {
    const element = document.querySelector<HTMLElement>(selector);
    if (element) element.focus();
    else if (framesLeft > 0) focusWhenShown(selector, framesLeft - 1);
  });
}

/** A panel's place while the first page loads: its name and grey rows where its content will be. */
function PanelPlaceholder({ className, name }: { className: string; name: string }) {
  return (
    <section className={`${className} placeholder`} aria-label={name}>
      <p className="muted">{name}: waiting for docking events…</p>
      <div className="skeleton-rows" aria-hidden="true">
        {Array.from({ length: 5 }, (_, index) => (
          <div key={index} className="skeleton-row" />
        ))}
      </div>
    </section>
  );
}

export function App() {
  const data = useDockingData();
  const [view, setView] = useViewState();
  const [settingsOpen, setSettingsOpen] = useState(false);
  // Typing stays responsive: the rows follow the search box a moment later.
  const q = useDeferredValue(view.q);
  // While the history pours in page by page, the views catch up at low priority, skipping pages.
  const dockings = useDeferredValue(data.dockings);
  const { station, port, vehicle, agency, status, from, to, tz } = view;

  const filters = useMemo<ViewFilters>(
    () => ({ station, port, vehicle, agency, status, from, to, q }),
    [station, port, vehicle, agency, status, from, to, q],
  );
  // Filtered once: the timeline shows every time of the filtered events, the table its window.
  const allTime = useMemo(
    () => filterDockings(dockings, { ...filters, from: null, to: null }, tz),
    [dockings, filters, tz],
  );
  const filtered = useMemo(() => withinWindow(allTime, from, to, tz), [allTime, from, to, tz]);
  const rows = useMemo(() => sortDockings(filtered, view.sort), [filtered, view.sort]);
  const facets = useMemo(() => allFacetOptions(dockings, filters, tz), [dockings, filters, tz]);
  // Relocations are found once per history; the timeline draws those among the stays it shows.
  const moves = useMemo(() => relocations(dockings), [dockings]);
  // The traffic chart follows a filter in a render of its own, after the table and the timeline.
  const trafficDockings = useDeferredValue(allTime);

  // Focus goes back to what opened the drawer: a table row, a timeline bar or a docked-now chip.
  const openedFrom = useRef<'row' | 'bar' | 'now'>('row');
  const openEvent = useCallback(
    (id: number, from: 'row' | 'bar' | 'now') => {
      openedFrom.current = from;
      void setView({ event: String(id) });
    },
    [setView],
  );
  // Stable, so the timeline's thousands of bars are not redrawn when only the table changes.
  const openFromBar = useCallback((id: number) => openEvent(id, 'bar'), [openEvent]);
  const openFromRow = useCallback((id: number) => openEvent(id, 'row'), [openEvent]);
  const openFromChip = useCallback((id: number) => openEvent(id, 'now'), [openEvent]);
  const stepEvent = useCallback(
    (docking: Docking) => void setView({ event: String(docking.id) }, { history: 'replace' }),
    [setView],
  );
  const openId = eventIdOf(view.event);
  const showYear = useCallback(
    (year: number) => void setView({ from: `${year}-01-01`, to: `${year}-12-31` }),
    [setView],
  );
  // Picked in the overview: a step of its own in the history. Moved on the timeline: replaced.
  const pickInstant = useCallback((at: number | null) => void setView({ at }), [setView]);
  const moveInstant = useCallback(
    (at: number | null) => void setView({ at }, { history: 'replace' }),
    [setView],
  );
  const closeEvent = useCallback(() => {
    void setView({ event: null });
    if (openId === null) return;
    focusWhenShown(`[data-${openedFrom.current}-id="${openId}"]`);
  }, [setView, openId]);

  const total = dockings.length;
  const countText =
    rows.length === total
      ? plural(total, 'event')
      : `${formatCount(rows.length)} of ${plural(total, 'event')}`;
  usePageIdentity(filters, facets, total > 0 ? countText : null);

  return (
    <TimeZoneContext.Provider value={tz}>
      <div className={view.event !== null ? 'app with-drawer' : 'app'}>
        <header className="app-header">
          <SkipButton to={PANEL_IDS.events}>Skip to the events table</SkipButton>
          <h1>Station Dockings</h1>
          <DataStatusBar data={data} onOpenSettings={() => setSettingsOpen(true)} />
          <ThemeSelect />
        </header>
        <UrlNotice setView={setView} />
        <UpdatePrompt />
        <DataBanners data={data} />
        <PanelBoundary name="the filters">
          <FilterBar view={view} setView={setView} facets={facets} />
        </PanelBoundary>
        <main className="content">
          <PanelBoundary name="the docked-now overview" className="docked-now">
            <DockedNowStrip
              dockings={dockings}
              station={station}
              at={view.at}
              onAtChange={pickInstant}
              activeId={openId}
              onOpen={openFromChip}
            />
          </PanelBoundary>
          <div className="overview-row">
            {total === 0 ? (
              // Hold the panels' places while the first page loads, so nothing jumps when it arrives.
              <>
                <PanelPlaceholder className="timeline-panel" name="Timeline" />
                <PanelPlaceholder className="stats-panel" name="Port statistics" />
              </>
            ) : (
              <>
                <PanelBoundary name="the timeline" className="timeline-panel">
                  <TimelineSection
                    shown={allTime}
                    allDockings={dockings}
                    station={station}
                    from={from}
                    to={to}
                    tz={tz}
                    source={data.source}
                    activeId={openId}
                    moves={moves}
                    at={view.at}
                    onAtChange={moveInstant}
                    setView={setView}
                    onOpen={openFromBar}
                  />
                </PanelBoundary>
                <PanelBoundary name="the port statistics" className="stats-panel">
                  <PortStatsSection
                    shown={allTime}
                    allDockings={dockings}
                    filters={filters}
                    tz={tz}
                    psort={view.psort}
                    source={data.source}
                    setView={setView}
                  />
                </PanelBoundary>
              </>
            )}
          </div>
          <PanelBoundary name="the traffic chart" className="traffic-panel">
            <TrafficChart
              dockings={trafficDockings}
              allDockings={dockings}
              tz={tz}
              from={from}
              to={to}
              onPickYear={showYear}
            />
          </PanelBoundary>
          <TableSection
            rows={rows}
            total={total}
            countText={countText}
            view={view}
            setView={setView}
            data={data}
            activeId={openId}
            onOpen={openFromRow}
          />
        </main>
        <Suspense fallback={null}>
          {view.event !== null && (
            <PanelBoundary
              name="the event details"
              className="drawer"
              resetKeys={[view.event]}
              extraAction={{ label: 'Close', onClick: closeEvent }}
            >
              <EventDrawer
                eventRef={view.event}
                rows={rows}
                dockings={data.dockings}
                moves={moves}
                source={data.source}
                historyComplete={
                  data.origin !== 'none' && !data.isLoadingFirstPage && !data.isLoadingMore
                }
                canAskApi={data.origin === 'api'}
                onStep={stepEvent}
                onClose={closeEvent}
              />
            </PanelBoundary>
          )}
          {settingsOpen && <SettingsDialog onClose={() => setSettingsOpen(false)} />}
        </Suspense>
      </div>
    </TimeZoneContext.Provider>
  );
}
