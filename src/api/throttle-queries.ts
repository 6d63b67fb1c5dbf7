import { queryOptions, skipToken } from '@tanstack/react-query';
import { InvalidResponseError } from './errors';
import { fetchFromApi } from './http';
import { queryKeys } from './query-keys';
import { apiThrottleSchema, type ApiThrottle } from './schemas';
import { DATA_SOURCES, type SourceId } from './sources';

/**
 * The API's own count of what is left this hour; this endpoint does not use up the limit. A
 * source without an API (the sample) has none to ask.
 */
export const apiThrottleQuery = (source: SourceId) =>
  queryOptions({
    queryKey: queryKeys.apiThrottle(source),
    queryFn: !DATA_SOURCES[source].baseUrl
      ? skipToken
      : async ({ signal }): Promise<ApiThrottle> => {
          const json = await fetchFromApi(source, 'api-throttle/', {}, signal, {
            ignoreRateLimit: true,
          });
          const parsed = apiThrottleSchema.safeParse(Array.isArray(json) ? json[0] : json);
          if (!parsed.success) throw new InvalidResponseError('not a throttle status');
          return parsed.data;
        },
    staleTime: 0,
    gcTime: 0,
  });
