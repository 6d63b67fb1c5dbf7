// First: the frame's rules come before those of the panels inside it.
import './app.css';
import { Suspense, lazy, useCallback, useEffect, useState, type ReactNode } from 'react';
import { useDockingData } from '../api/use-docking-data';
import { UpdatePrompt } from '../features/app-update/update-prompt';
import { DataBanners } from '../features/data-status/data-banners';
import { DataStatusBar } from '../features/data-status/data-status-bar';
import { DockedNowStrip } from '../features/docked-now/docked-now-strip';
import { TableSection } from '../features/events-table/table-section';
import { FilterBar } from '../features/filters/filter-bar';
import { TrafficSection } from '../features/traffic/traffic-section';
import { whenIdle } from '../lib/idle';
import { loadCode } from '../lib/load-code';
import { NO_EVENTS_TEXT, whyNoEvents, type NoEvents } from '../ui/no-events';
import { PanelBoundary } from '../ui/panel-boundary';
import { SkeletonRows } from '../ui/skeleton-rows';
import { PANEL_IDS, SkipButton } from '../ui/skip-button';
import { ThemeSelect } from '../ui/theme';
import { TimeZoneContext } from '../ui/time-zone';
import { useViewState } from '../ui/use-view-state';
import { usePageIdentity } from './use-page-identity';
import { UrlNotice } from './url-notice';
import { useDockingView } from './use-docking-view';
import { useOpenEvent } from './use-open-event';
import { useRoomForDrawer } from './use-room-for-drawer';

// Drawn only once there are events, so not part of the first load: asked for when the page is
// first idle (or when events arrive first), not while the first view is being shown. The browser
// loads a module once, however often it is asked for (and keeps a failure until a reload).
const loadTimeline = () => loadCode(() => import('../features/timeline/timeline-section'));
const loadPortStats = () => loadCode(() => import('../features/port-stats/port-stats-section'));
const TimelineSection = lazy(() =>
  loadTimeline().then((module) => ({ default: module.TimelineSection })),
);
const PortStatsSection = lazy(() =>
  loadPortStats().then((module) => ({ default: module.PortStatsSection })),
);
const ignore = () => undefined;

// Not needed for the first view: loaded when first opened, to keep the first load small.
const EventDrawer = lazy(() =>
  loadCode(() => import('../features/details/event-drawer')).then((module) => ({
    default: module.EventDrawer,
  })),
);
const SettingsDialog = lazy(() =>
  loadCode(() => import('../features/settings/settings-dialog')).then((module) => ({
    default: module.SettingsDialog,
  })),
);

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * A panel's place before there are events: its name, why it is empty, and grey rows where its
 * content will be while the events are on their way.
 */
function PanelPlaceholder({
  className,
  name,
  why = 'waiting',
}: {
  className: string;
  name: string;
  why?: NoEvents;
}) {
  return (
    <section className={`${className} placeholder`} aria-label={name}>
      <p className="muted">
        {name}: {lowerFirst(NO_EVENTS_TEXT[why])}
      </p>
      <div className="skeleton-rows" aria-hidden="true">
        {why === 'waiting' && <SkeletonRows count={5} />}
      </div>
    </section>
  );
}

interface LaterPanelProps {
  /** What the panel is, for an error message: "the timeline". */
  name: string;
  /** Its title, for its placeholder: "Timeline". */
  title: string;
  className: string;
  children: ReactNode;
}

/**
 * A panel whose code loads after the first view: its placeholder until the code is there, and a
 * message in its place if the code or the panel fails.
 */
function LaterPanel({ name, title, className, children }: LaterPanelProps) {
  return (
    <PanelBoundary name={name} className={className}>
      <Suspense fallback={<PanelPlaceholder className={className} name={title} />}>
        {children}
      </Suspense>
    </PanelBoundary>
  );
}

export function App() {
  const data = useDockingData();
  const [view, setView] = useViewState();
  const [settingsOpen, setSettingsOpen] = useState(false);
  // A failure here is not told: the panel that needs the code tells it when it is drawn.
  useEffect(
    () =>
      whenIdle(() => {
        loadTimeline().catch(ignore);
        loadPortStats().catch(ignore);
      }, 2000),
    [],
  );
  const { dockings, filters, allTime, rows, facets, moves, total, countText } = useDockingView(
    view,
    data.dockings,
  );
  const { from, to, tz } = view;
  // The panels beside the table follow the station with the rest of the filters, a render later.
  const { station } = filters;
  const openEvent = useOpenEvent(view.event, setView);
  const { openId } = openEvent;
  const roomForDrawer = useRoomForDrawer(view.event !== null);
  const showYears = useCallback(
    (first: number, last: number) => void setView({ from: `${first}-01-01`, to: `${last}-12-31` }),
    [setView],
  );
  // Picked in the overview: a step of its own in the history. Moved on the timeline: replaced.
  const pickInstant = useCallback((at: number | null) => void setView({ at }), [setView]);
  const moveInstant = useCallback(
    (at: number | null) => void setView({ at }, { history: 'replace' }),
    [setView],
  );
  usePageIdentity(filters, facets, total > 0 ? countText : null);
  const noEvents = whyNoEvents({
    error: data.error,
    firstPage: data.isLoadingFirstPage,
    loaded: data.dockings.length,
    idle: data.origin === 'none',
  });

  return (
    <TimeZoneContext.Provider value={tz}>
      <div className={roomForDrawer ? 'app with-drawer' : 'app'}>
        <header className="app-header">
          <SkipButton to={PANEL_IDS.events}>Skip to the events table</SkipButton>
          <h1>Station Dockings</h1>
          <DataStatusBar data={data} onOpenSettings={() => setSettingsOpen(true)} />
          <ThemeSelect />
        </header>
        <UrlNotice setView={setView} />
        <UpdatePrompt settled={!data.isBusy} />
        <DataBanners data={data} />
        <PanelBoundary name="the filters">
          <FilterBar view={view} setView={setView} facets={facets} />
        </PanelBoundary>
        <main className="content">
          <PanelBoundary name="the docked-now overview" className="panel docked-now">
            <DockedNowStrip
              dockings={dockings}
              station={station}
              at={view.at}
              onAtChange={pickInstant}
              activeId={openId}
              onOpen={openEvent.openFromChip}
              noEvents={noEvents}
            />
          </PanelBoundary>
          <div className="overview-row">
            {total === 0 ? (
              // Hold the panels' places while the first page loads, so nothing jumps when it arrives.
              <>
                <PanelPlaceholder className="panel timeline-panel" name="Timeline" why={noEvents} />
                <PanelPlaceholder
                  className="panel stats-panel"
                  name="Port statistics"
                  why={noEvents}
                />
              </>
            ) : (
              <>
                <LaterPanel name="the timeline" title="Timeline" className="panel timeline-panel">
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
                    onOpen={openEvent.openFromBar}
                  />
                </LaterPanel>
                <LaterPanel
                  name="the port statistics"
                  title="Port statistics"
                  className="panel stats-panel"
                >
                  <PortStatsSection
                    shown={allTime}
                    allDockings={dockings}
                    filters={filters}
                    tz={tz}
                    psort={view.psort}
                    source={data.source}
                    setView={setView}
                  />
                </LaterPanel>
              </>
            )}
          </div>
          <PanelBoundary name="the traffic chart" className="panel traffic-panel">
            <TrafficSection
              dockings={allTime}
              allDockings={dockings}
              tz={tz}
              from={from}
              to={to}
              onPickYears={showYears}
              noEvents={noEvents}
            />
          </PanelBoundary>
          <TableSection
            rows={rows}
            total={total}
            countText={countText}
            view={view}
            setView={setView}
            loading={{
              more: data.isLoadingMore,
              noEvents,
              error: data.error,
              retry: data.retry,
            }}
            activeId={openId}
            onOpen={openEvent.openFromRow}
          />
        </main>
        <Suspense fallback={null}>
          {view.event !== null && (
            <PanelBoundary
              name="the event details"
              className="drawer"
              resetKeys={[view.event]}
              extraAction={{ label: 'Close', onClick: openEvent.close }}
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
                onStep={openEvent.step}
                onClose={openEvent.close}
              />
            </PanelBoundary>
          )}
          {settingsOpen && <SettingsDialog onClose={() => setSettingsOpen(false)} />}
        </Suspense>
      </div>
    </TimeZoneContext.Provider>
  );
}
