import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { launchQuery } from '../../api/launch-queries';
import type { SourceId } from '../../api/sources';
import type { Docking, LaunchDetails } from '../../domain/docking';
import { orNotRecorded } from '../../lib/format';
import { Detail, DetailList } from '../../ui/detail-list';
import { DateTime } from '../../ui/time-zone';

function LaunchFacts({ launch }: { launch: LaunchDetails }) {
  return (
    <>
      <DetailList>
        <Detail label="Date">
          {launch.net !== null ? <DateTime ms={launch.net} /> : orNotRecorded(null)}
        </Detail>
        <Detail label="Rocket">{orNotRecorded(launch.rocket)}</Detail>
        <Detail label="Provider">{orNotRecorded(launch.provider)}</Detail>
        <Detail label="Pad">{orNotRecorded(launch.pad)}</Detail>
        <Detail label="Status">{orNotRecorded(launch.status)}</Detail>
        <Detail label="Mission">{orNotRecorded(launch.mission)}</Detail>
        <Detail label="Orbit">{orNotRecorded(launch.orbit)}</Detail>
      </DetailList>
      {launch.description && <p className="description">{launch.description}</p>}
    </>
  );
}

/**
 * The launch named in the event, and the full launch only on request: it costs one of the
 * hour's few API requests. Once fetched it is cached and persisted, so it shows at once.
 */
export function LaunchSection({ docking, source }: { docking: Docking; source: SourceId }) {
  const launch = docking.launch;
  const [requested, setRequested] = useState(false);
  const canFetch = launch !== null && source !== 'sample';
  const details = useQuery(launchQuery(source, launch?.id ?? null, canFetch && requested));

  return (
    <section aria-labelledby="drawer-launch">
      <h3 id="drawer-launch">Launch</h3>
      {!launch ? (
        <p>Not recorded</p>
      ) : (
        <>
          <DetailList>
            <Detail label="Name">{launch.name}</Detail>
            <Detail label="Launch id">
              <code>{launch.id}</code>
            </Detail>
          </DetailList>
          {details.data ? (
            <LaunchFacts launch={details.data} />
          ) : details.isFetching ? (
            <p role="status">Loading the launch…</p>
          ) : !canFetch ? (
            <p className="muted">Launch details need the live API (see Settings).</p>
          ) : (
            <>
              {details.error && (
                <p role="alert" className="error-text">
                  The launch could not be loaded: {details.error.message}
                </p>
              )}
              <button
                type="button"
                onClick={() => (requested ? void details.refetch() : setRequested(true))}
              >
                {details.error ? 'Try again' : 'Load launch details'}
                <span className="muted"> (uses 1 API request)</span>
              </button>
            </>
          )}
        </>
      )}
    </section>
  );
}
