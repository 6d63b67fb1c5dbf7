import { memo, useMemo } from 'react';
import type { Docking } from '../../domain/docking';
import { groupPresent, presentAt } from '../../domain/occupancy';
import type { TimeZoneMode } from '../../lib/time';
import { formatCount, formatDuration, formatRelative } from '../../lib/format';
import { DateTime, useTimeZone } from '../../ui/time-zone';
import { useNow } from '../../ui/use-now';
import { NO_EVENTS_TEXT, type NoEvents } from '../../ui/no-events';
import './docked-now.css';

const MINUTE_MS = 60_000;

/** An instant as a `datetime-local` input shows it, in the view's zone. */
function toInputValue(ms: number, tz: TimeZoneMode): string {
  const date = new Date(ms);
  const shifted = tz === 'utc' ? date : new Date(ms - date.getTimezoneOffset() * MINUTE_MS);
  return shifted.toISOString().slice(0, 16);
}

/** What a `datetime-local` input holds, read in the view's zone; null when it is not complete. */
function fromInputValue(value: string, tz: TimeZoneMode): number | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const ms = tz === 'utc' ? Date.parse(`${value}:00Z`) : new Date(`${value}:00`).getTime();
  return Number.isNaN(ms) ? null : ms;
}

interface DockedNowStripProps {
  /** Every loaded event: the overview does not follow the filters, except the station. */
  dockings: readonly Docking[];
  station: readonly number[];
  /** The instant shown; null for now (the stays still open). */
  at: number | null;
  onAtChange: (at: number | null) => void;
  activeId: number | null;
  onOpen: (id: number) => void;
  /** Why there are no events, when there are none. */
  noEvents?: NoEvents;
}

/**
 * What is at each station, by port, as far as the loaded data knows: now, or at the instant `at`.
 * A chip opens the event; the picker chooses the instant.
 */
export const DockedNowStrip = memo(function DockedNowStrip({
  dockings,
  station,
  at,
  onAtChange,
  activeId,
  onOpen,
  noEvents = 'waiting',
}: DockedNowStripProps) {
  // The stays there at the instant, found once per history and instant: choosing a station only
  // narrows them, rather than reading every stay again.
  const present = useMemo(() => presentAt(dockings, at), [dockings, at]);
  const groups = useMemo(() => groupPresent(present, station), [present, station]);
  const now = useNow(60_000);
  const tz = useTimeZone();

  return (
    <section className="panel docked-now" aria-labelledby="docked-now-title">
      <div className="docked-now-title">
        <h2 id="docked-now-title" className="panel-title">
          {at === null ? (
            'Docked now'
          ) : (
            <>
              Docked at <DateTime ms={at} />
            </>
          )}
        </h2>
        {at === null && groups.length > 0 && (
          <span className="muted small">
            as of <DateTime ms={Math.min(...groups.map((group) => group.asOf))} />
          </span>
        )}
        <span className="docked-at-controls">
          <label>
            <span className="muted small">Docked at ({tz === 'utc' ? 'UTC' : 'local time'})</span>
            <input
              type="datetime-local"
              step={60}
              // Re-mounted when the instant changes elsewhere (the timeline's cursor, Back to now).
              key={`${at}-${tz}`}
              defaultValue={at === null ? '' : toInputValue(at, tz)}
              onChange={(event) => {
                const picked = fromInputValue(event.target.value, tz);
                if (picked !== null) onAtChange(picked);
              }}
            />
          </label>
          {at !== null && (
            <button type="button" onClick={() => onAtChange(null)}>
              Back to now
            </button>
          )}
        </span>
      </div>
      {groups.length === 0 ? (
        <p className="muted small">
          {dockings.length === 0
            ? NO_EVENTS_TEXT[noEvents]
            : at === null
              ? 'No vehicle is docked, according to the loaded events.'
              : 'No vehicle was docked then, according to the loaded events.'}
        </p>
      ) : (
        <div className="docked-now-groups">
          {groups.map((group) => (
            <div key={`${group.target.kind}:${group.target.id}`} className="docked-now-group">
              <h3>
                {group.target.name}{' '}
                <span className="muted">({formatCount(group.stays.length)})</span>
              </h3>
              <ul aria-label={group.target.name}>
                {group.stays.map((docking) => (
                  <li key={docking.id}>
                    <button
                      type="button"
                      className="chip"
                      data-now-id={docking.id}
                      aria-current={docking.id === activeId ? 'true' : undefined}
                      onClick={() => onOpen(docking.id)}
                    >
                      <strong>{docking.port.name}</strong> {docking.chaser.name}{' '}
                      <span className="muted">
                        ·{' '}
                        {at === null
                          ? formatRelative(docking.docked, now)
                          : `docked for ${formatDuration(at - docking.docked, true)}`}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </section>
  );
});
