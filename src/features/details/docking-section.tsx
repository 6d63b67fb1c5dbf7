import { FRESH_FOR_MS } from '../../api/docking-events-queries';
import type { Docking } from '../../domain/docking';
import type { Journey } from '../../domain/occupancy';
import { formatDuration } from '../../lib/format';
import { Detail, DetailList } from '../../ui/detail-list';
import { DateTime } from '../../ui/time-zone';
import { useNow } from '../../ui/use-now';

const TARGET_KIND_LABEL = {
  station: 'Station',
  spacecraft: 'Target spacecraft',
  payload: 'Target',
};

const STATUS_LABEL = {
  docked: 'Docked',
  departed: 'Departed',
  'departure-unrecorded': 'Departed (departure not recorded)',
};

interface DockingSectionProps {
  docking: Docking;
  /** The moves of this spacecraft flight to and from this stay, if it was relocated. */
  journey: Journey | null;
  onOpen: (docking: Docking) => void;
}

export function DockingSection({ docking, journey, onOpen }: DockingSectionProps) {
  const now = useNow(60_000);
  const open = docking.status === 'docked';
  // Fresh data may say a stay is still running; old data only that it was open when fetched.
  const running = open && now - docking.asOf < FRESH_FOR_MS;
  const timeAtPort = running ? Math.max(0, now - docking.docked) : docking.durationMs;

  return (
    <section aria-labelledby="drawer-docking">
      <h3 id="drawer-docking">Docking</h3>
      <DetailList>
        <Detail label={docking.station ? 'Station' : TARGET_KIND_LABEL[docking.target.kind]}>
          {docking.target.name}
        </Detail>
        <Detail label="Port">{docking.port.name}</Detail>
        <Detail label="Docked">
          <DateTime ms={docking.docked} relative />
        </Detail>
        <Detail label="Departed">
          {docking.departed !== null ? (
            <DateTime ms={docking.departed} relative />
          ) : docking.endedBy ? (
            <>
              Departure not recorded: it left before <DateTime ms={docking.endedBy.docked} />, when
              a later docking used the port or the spacecraft docked again
            </>
          ) : running ? (
            'Still docked'
          ) : (
            <>
              Still docked as of <DateTime ms={docking.asOf} />
            </>
          )}
        </Detail>
        <Detail label="Time at the port">
          {docking.endedBy ? 'at most ' : ''}
          {formatDuration(timeAtPort)}
          {running ? ' and counting' : open ? ' (as of when the data was fetched)' : ''}
        </Detail>
        <Detail label="Status">{STATUS_LABEL[docking.status]}</Detail>
      </DetailList>
      {journey?.from && (
        <MoveLine
          text="Relocated from"
          other={journey.from.from}
          at={journey.from.to.docked}
          onOpen={onOpen}
        />
      )}
      {journey?.to && (
        <MoveLine text="Moved to" other={journey.to.to} at={journey.to.to.docked} onOpen={onOpen} />
      )}
    </section>
  );
}

interface MoveLineProps {
  text: string;
  /** The stay at the other end of the move. */
  other: Docking;
  /** When the move ended: the docking at the new port. */
  at: number;
  onOpen: (docking: Docking) => void;
}

/** "Relocated from Harmony forward on …", the port a link to that stay. */
function MoveLine({ text, other, at, onOpen }: MoveLineProps) {
  return (
    <p className="journey">
      {text}{' '}
      <button type="button" className="link-button" onClick={() => onOpen(other)}>
        {other.port.name}
      </button>{' '}
      on <DateTime ms={at} />
    </p>
  );
}
