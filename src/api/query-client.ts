import { QueryClient } from '@tanstack/react-query';
import { shouldRetry } from './errors';

export const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The app's query client, the one the tests use too. Tests turn retries off (`{ retry: false }`),
 * so that a failure they stage shows at once instead of after the back-off.
 */
export function createQueryClient(overrides: { retry?: false } = {}) {
  return new QueryClient({
    defaultOptions: {
      queries: {
        gcTime: WEEK_MS,
        retry: shouldRetry,
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        ...overrides,
      },
    },
  });
}
