import { memo, useMemo } from 'react';
import type { Docking } from '../../domain/docking';
import { dockedNow } from '../../domain/occupancy';
import { formatCount, formatRelative } from '../../lib/format';
import { DateTime } from '../../ui/time-zone';
import { useNow } from '../../ui/use-now';

interface DockedNowStripProps {
  /** Every loaded event: the overview does not follow the filters, except the station. */
  dockings: readonly Docking[];
  station: readonly number[];
  activeId: number | null;
  onOpen: (id: number) => void;
}

/** What is at each station now, by port, as far as the loaded data knows; a chip opens the event. */
export const DockedNowStrip = memo(function DockedNowStrip({
  dockings,
  station,
  activeId,
  onOpen,
}: DockedNowStripProps) {
  const groups = useMemo(() => dockedNow(dockings, station), [dockings, station]);
  const now = useNow(60_000);

  return (
    <section className="docked-now" aria-labelledby="docked-now-title">
      <div className="docked-now-title">
        <h2 id="docked-now-title" className="panel-title">
          Docked now
        </h2>
        {groups.length > 0 && (
          <span className="muted small">
            as of <DateTime ms={Math.min(...groups.map((group) => group.asOf))} />
          </span>
        )}
      </div>
      {groups.length === 0 ? (
        <p className="muted small">
          {dockings.length === 0
            ? 'Waiting for docking events…'
            : 'No vehicle is docked, according to the loaded events.'}
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
                      <span className="muted">· {formatRelative(docking.docked, now)}</span>
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
