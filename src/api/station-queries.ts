import { queryOptions, skipToken } from '@tanstack/react-query';
import { InvalidResponseError } from './errors';
import { fetchFromApi } from './http';
import { queryKeys } from './query-keys';
import { spaceStationPortsSchema, type SpaceStationPorts } from './schemas';
import { DATA_SOURCES, SAMPLE, type SourceId } from './sources';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The station the bundled sample carries the port list of. */
export const SAMPLE_STATION_ID = 4;

async function fetchBundledPorts(): Promise<SpaceStationPorts> {
  const response = await fetch(`${import.meta.env.BASE_URL}${SAMPLE.issPortsPath}`);
  const parsed = spaceStationPortsSchema.safeParse(response.ok ? await response.json() : null);
  if (!parsed.success) throw new InvalidResponseError('the bundled port list is missing');
  return parsed.data;
}

/**
 * A station's docking ports, so the timeline can show the empty ones too: one request, kept for
 * a day, and read to the end when the station is no longer shown (as `askedFor` says). The bundled
 * sample has the ISS's list; with no API it stands in for that station.
 */
export const stationPortsQuery = (source: SourceId, stationId: number | null) =>
  queryOptions({
    queryKey: queryKeys.stationPorts(source, stationId),
    queryFn:
      stationId === null
        ? skipToken
        : async (): Promise<SpaceStationPorts | null> => {
            if (!DATA_SOURCES[source].baseUrl) {
              return stationId === SAMPLE_STATION_ID ? fetchBundledPorts() : null;
            }
            try {
              const json = await fetchFromApi(source, `space_stations/${stationId}/`, {
                mode: 'detailed',
              });
              const parsed = spaceStationPortsSchema.safeParse(json);
              if (!parsed.success) throw new InvalidResponseError('not a space station');
              return parsed.data;
            } catch (error) {
              if (stationId === SAMPLE_STATION_ID) return fetchBundledPorts();
              throw error;
            }
          },
    staleTime: DAY_MS,
    gcTime: DAY_MS,
    retry: false,
  });
