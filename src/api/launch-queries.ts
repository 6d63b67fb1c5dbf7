import { queryOptions } from '@tanstack/react-query';
import { InvalidResponseError } from './errors';
import { NORMAL, askedFor, fetchFromApi } from './http';
import { normalizeLaunch } from './normalize';
import { queryKeys } from './query-keys';
import { launchSchema, type Launch } from './schemas';
import type { SourceId } from './sources';

/** A launch in full (as `LaunchDetails`), fetched only when someone asks for it (`wanted`), then kept. */
export const launchQuery = (source: SourceId, launchId: string | null, wanted: boolean) =>
  queryOptions({
    queryKey: queryKeys.launch(source, launchId),
    queryFn: askedFor(launchId, wanted, async (id, signal): Promise<Launch> => {
      const path = `launches/${encodeURIComponent(id)}/`;
      const parsed = launchSchema.safeParse(await fetchFromApi(source, path, NORMAL, signal));
      if (!parsed.success) throw new InvalidResponseError('not a launch');
      return parsed.data;
    }),
    // The cache keeps LL2's answer (as persisted); the drawer reads the domain's shape.
    select: normalizeLaunch,
    staleTime: Infinity,
    retry: false,
  });
