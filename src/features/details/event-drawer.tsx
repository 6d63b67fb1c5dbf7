import { useId, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { SourceId } from '../../api/sources';
import type { Docking } from '../../domain/docking';
import { journeys, type Relocation } from '../../domain/occupancy';
import { eventIdOf } from '../../domain/view-state';
import { ChaserSection } from './chaser-section';
import { DockingSection } from './docking-section';
import { LandingSection } from './landing-section';
import { LaunchSection } from './launch-section';
import { useDrawerDocking } from './use-drawer-docking';
import './drawer.css';

interface EventDrawerProps {
  /** The `event` parameter of the URL. */
  eventRef: string;
  /** The table's rows in their current order, for Previous and Next. */
  rows: readonly Docking[];
  dockings: readonly Docking[];
  /** Every relocation in the loaded history. */
  moves: readonly Relocation[];
  source: SourceId;
  historyComplete: boolean;
  canAskApi: boolean;
  onStep: (docking: Docking) => void;
  onClose: () => void;
}

const isTyping = (target: EventTarget) =>
  target instanceof HTMLElement && target.closest('input, textarea, select') !== null;

/**
 * The open event beside the table. Not modal: the table stays usable, and Escape closes the
 * drawer from anywhere outside another dialog.
 */
export function EventDrawer(props: EventDrawerProps) {
  const { eventRef, rows, moves, onStep, onClose, ...data } = props;
  const shown = useDrawerDocking({ eventRef, ...data });
  const journeyOf = useMemo(() => journeys(moves), [moves]);
  const id = eventIdOf(eventRef);
  const index = id === null ? -1 : rows.findIndex((row) => row.id === id);
  const previous = index > 0 ? (rows[index - 1] ?? null) : null;
  const next = index >= 0 ? (rows[index + 1] ?? null) : null;
  const titleId = useId();
  const drawerRef = useRef<HTMLElement>(null);

  // Focus and listening from the moment the drawer is on the page: a passive effect can run after
  // a key pressed right away (a busy frame after opening), and that Escape or arrow would be lost.
  useLayoutEffect(() => {
    drawerRef.current?.focus();
  }, []);
  useLayoutEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      const inOtherDialog =
        target?.closest('[role="dialog"]') && !drawerRef.current?.contains(target);
      if (inOtherDialog) return;
      event.preventDefault();
      onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (isTyping(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowLeft' && previous) onStep(previous);
    else if (event.key === 'ArrowRight' && next) onStep(next);
    else return;
    event.preventDefault();
  };

  const title =
    shown.state === 'found'
      ? `${shown.docking.chaser.name} at ${shown.docking.port.name}`
      : shown.state === 'loading'
        ? 'Loading event…'
        : shown.state === 'error'
          ? 'Event could not be loaded'
          : 'Event not found';

  return (
    <aside
      ref={drawerRef}
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      className="drawer"
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <header className="drawer-header">
        <h2 id={titleId}>{title}</h2>
        <div className="drawer-actions">
          <StepButton to={previous} onStep={onStep} label="Previous event" keyName="ArrowLeft">
            ‹ Previous
          </StepButton>
          <StepButton to={next} onStep={onStep} label="Next event" keyName="ArrowRight">
            Next ›
          </StepButton>
          <button
            type="button"
            onClick={onClose}
            aria-label="Close details"
            aria-keyshortcuts="Escape"
            title="Close (Esc)"
          >
            Close
          </button>
        </div>
      </header>
      <div className="drawer-body">
        {shown.state === 'found' ? (
          <>
            <DockingSection
              docking={shown.docking}
              journey={journeyOf.get(shown.docking.id) ?? null}
              onOpen={onStep}
            />
            <ChaserSection docking={shown.docking} />
            <LaunchSection key={shown.docking.id} docking={shown.docking} source={data.source} />
            <LandingSection docking={shown.docking} />
          </>
        ) : shown.state === 'loading' ? (
          <p role="status">Looking for this event…</p>
        ) : shown.state === 'error' ? (
          <div role="alert">
            <p>{shown.error.message}</p>
            <button type="button" onClick={shown.retry}>
              Retry
            </button>
          </div>
        ) : (
          <p>
            No docking event has this id in the data shown. The link may be mistyped, or the event
            may have been removed from Launch Library 2.
          </p>
        )}
      </div>
    </aside>
  );
}

interface StepButtonProps {
  to: Docking | null;
  onStep: (docking: Docking) => void;
  label: string;
  keyName: 'ArrowLeft' | 'ArrowRight';
  children: string;
}

/** Previous or Next: aria-disabled, not disabled, so a focused button keeps focus at the end. */
function StepButton({ to, onStep, label, keyName, children }: StepButtonProps) {
  return (
    <button
      type="button"
      aria-disabled={!to}
      onClick={() => to && onStep(to)}
      aria-label={label}
      aria-keyshortcuts={keyName}
      title={`${label} (${keyName === 'ArrowLeft' ? '←' : '→'})`}
    >
      {children}
    </button>
  );
}
