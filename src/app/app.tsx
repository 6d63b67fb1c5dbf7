// First: the frame's rules come before those of the panels inside it.
import './app.css';
import { memo, useCallback, useEffect, useState, type ReactNode } from 'react';
import { useDockingData } from '../api/use-docking-data';
import { UpdatePrompt } from '../features/app-update/update-prompt';
import { DataBanners } from '../features/data-status/data-banners';
import { DataStatusBar } from '../features/data-status/data-status-bar';
import { DockedNowStrip } from '../features/docked-now/docked-now-strip';
import { TableSection } from '../features/events-table/table-section';
import { FilterBar } from '../features/filters/filter-bar';
import { TrafficSection } from '../features/traffic/traffic-section';
import { whenIdle } from '../lib/idle';
import { NO_EVENTS_TEXT, whyNoEvents, type NoEvents } from '../ui/no-events';
import { PanelBoundary } from '../ui/panel-boundary';
import { SkeletonRows } from '../ui/skeleton-rows';
import { PANEL_IDS, SkipButton } from '../ui/skip-button';
import { laterCode, useLaterCode, type LaterCode } from '../ui/use-later-code';
import { ThemeSelect } from '../ui/theme';
import { TimeZoneContext } from '../ui/time-zone';
import type { ViewState } from '../domain/view-state';
import { WHILE_TYPING, useViewState, type SetViewState } from '../ui/use-view-state';
import { usePageIdentity } from './use-page-identity';
import { UrlNotice } from './url-notice';
import { useDockingView } from './use-docking-view';
import { useOpenEvent } from './use-open-event';
import { useRoomForDrawer } from './use-room-for-drawer';

// Drawn only once there are events, so not part of the first load: asked for when the page is
// first idle (or when events arrive first), not while the first view is being shown.
const timelineCode = laterCode(() => import('../features/timeline/timeline-section'));
const portStatsCode = laterCode(() => import('../features/port-stats/port-stats-section'));

// Not needed for the first view: the drawer's code is asked for once the page is idle (or when an
// event is first opened), the settings' when they are first opened.
const drawerCode = laterCode(() => import('../features/details/event-drawer'));
const settingsCode = laterCode(() => import('../features/settings/settings-dialog'));

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

/** `children`, drawn with the module once it is there; `placeholder` until then. */
function WithCode<M>({
  code,
  placeholder = null,
  children,
}: {
  code: LaterCode<M>;
  placeholder?: ReactNode;
  children: (module: M) => ReactNode;
}) {
  const module = useLaterCode(code);
  return module ? children(module) : placeholder;
}

interface LaterPanelProps<M> {
  /** What the panel is, for an error message: "the timeline". */
  name: string;
  /** Its title, for its placeholder: "Timeline". */
  title: string;
  className: string;
  code: LaterCode<M>;
  /** The panel, drawn with its module. */
  children: (module: M) => ReactNode;
}

/**
 * A panel whose code loads after the first view: its placeholder until the code is there, and a
 * message in its place if the code or the panel fails.
 */
function LaterPanel<M>({ name, title, className, code, children }: LaterPanelProps<M>) {
  return (
    <PanelBoundary name={name} className={className}>
      <WithCode code={code} placeholder={<PanelPlaceholder className={className} name={title} />}>
        {children}
      </WithCode>
    </PanelBoundary>
  );
}

/**
 * The page's box, which makes room for the open drawer a frame after it opens
 * (`useRoomForDrawer`). Only the box is drawn again then: the page inside it is the same.
 */
function PageFrame({ drawerOpen, children }: { drawerOpen: boolean; children: ReactNode }) {
  const room = useRoomForDrawer(drawerOpen);
  return <div className={room ? 'app with-drawer' : 'app'}>{children}</div>;
}

/**
 * The view from the URL, and the dashboard drawn for it. The URL is written a moment after each
 * change of the view, and that write is read back here as a change of the URL: the view it gives is
 * the same object, so the dashboard is not rendered again for it.
 */
export function App() {
  const [view, setView] = useViewState();
  return <Dashboard view={view} setView={setView} />;
}

const Dashboard = memo(function Dashboard({
  view,
  setView,
}: {
  view: ViewState;
  setView: SetViewState;
}) {
  const data = useDockingData();
  const [settingsOpen, setSettingsOpen] = useState(false);
  useEffect(
    () =>
      whenIdle(() => {
        timelineCode.preload();
        portStatsCode.preload();
        drawerCode.preload();
      }, 2000),
    [],
  );
  const { dockings, filters, allTime, rows, facets, moves, total, countText } = useDockingView(
    view,
    data.dockings,
  );
  const { from, to, tz, event: eventRef } = view;
  // The panels beside the table follow the station with the rest of the filters, a render later.
  const { station } = filters;
  const openEvent = useOpenEvent(eventRef, setView);
  const { openId } = openEvent;
  const showYears = useCallback(
    (first: number, last: number) => void setView({ from: `${first}-01-01`, to: `${last}-12-31` }),
    [setView],
  );
  // Picked in the overview: a step of its own in the history. Moved on the timeline: replaced.
  const pickInstant = useCallback((at: number | null) => void setView({ at }), [setView]);
  const moveInstant = useCallback(
    (at: number | null) => void setView({ at }, WHILE_TYPING),
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
      <PageFrame drawerOpen={eventRef !== null}>
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
                <LaterPanel
                  name="the timeline"
                  title="Timeline"
                  className="panel timeline-panel"
                  code={timelineCode}
                >
                  {({ TimelineSection }) => (
                    <TimelineSection
                      shown={allTime}
                      allDockings={dockings}
                      station={station}
                      from={from}
                      to={to}
                      tz={tz}
                      source={data.source}
                      activeId={openId}
                      followActive={openEvent.openedFromTimeline}
                      moves={moves}
                      at={view.at}
                      onAtChange={moveInstant}
                      setView={setView}
                      onOpen={openEvent.openFromBar}
                    />
                  )}
                </LaterPanel>
                <LaterPanel
                  name="the port statistics"
                  title="Port statistics"
                  className="panel stats-panel"
                  code={portStatsCode}
                >
                  {({ PortStatsSection }) => (
                    <PortStatsSection
                      shown={allTime}
                      allDockings={dockings}
                      filters={filters}
                      tz={tz}
                      psort={view.psort}
                      source={data.source}
                      setView={setView}
                    />
                  )}
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
        {eventRef !== null && (
          <PanelBoundary
            name="the event details"
            className="drawer"
            resetKeys={[eventRef]}
            extraAction={{ label: 'Close', onClick: openEvent.close }}
          >
            <WithCode code={drawerCode}>
              {({ EventDrawer }) => (
                <EventDrawer
                  eventRef={eventRef}
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
              )}
            </WithCode>
          </PanelBoundary>
        )}
        {settingsOpen && (
          <WithCode code={settingsCode}>
            {({ SettingsDialog }) => <SettingsDialog onClose={() => setSettingsOpen(false)} />}
          </WithCode>
        )}
      </PageFrame>
    </TimeZoneContext.Provider>
  );
});
