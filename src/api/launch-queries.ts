import { queryOptions } from '@tanstack/react-query';
import { InvalidResponseError } from './errors';
import { NORMAL, askedFor, fetchFromApi } from './http';
import type { LaunchDetails } from '../domain/docking';
import { trimmed } from './normalize';
import { queryKeys } from './query-keys';
import { launchSchema, type Launch } from './schemas';
import type { SourceId } from './sources';

/** A launch in full, as `LaunchDetails`: fetched only when asked for (`wanted`), then kept. */
export const launchQuery = (source: SourceId, launchId: string | null, wanted: boolean) =>
  queryOptions({
    queryKey: queryKeys.launch(source, launchId),
    queryFn: askedFor(launchId, wanted, async (id): Promise<Launch> => {
      const path = `launches/${encodeURIComponent(id)}/`;
      const parsed = launchSchema.safeParse(await fetchFromApi(source, path, NORMAL));
      if (!parsed.success) throw new InvalidResponseError('not a launch');
      return parsed.data;
    }),
    // The cache keeps LL2's answer (as persisted); the drawer reads the domain's shape.
    select: normalizeLaunch,
    staleTime: Infinity,
    retry: false,
  });

/** A launch from `/launches/{id}/` as the drawer shows it. */
export function normalizeLaunch(launch: Launch): LaunchDetails {
  const net = launch.net ? Date.parse(launch.net) : Number.NaN;
  const rocket = launch.rocket?.configuration;
  const pad = trimmed(launch.pad?.name);
  const location = trimmed(launch.pad?.location?.name);
  return {
    net: Number.isFinite(net) ? net : null,
    rocket: trimmed(rocket?.full_name) ?? trimmed(rocket?.name),
    provider: trimmed(launch.launch_service_provider?.name),
    pad: pad && location ? `${pad}, ${location}` : (pad ?? location),
    status: trimmed(launch.status?.name),
    mission: trimmed(launch.mission?.name),
    orbit: trimmed(launch.mission?.orbit?.name),
    description: trimmed(launch.mission?.description),
  };
}
