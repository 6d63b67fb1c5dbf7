import { useMemo } from 'react';
import type { DockingData } from '../../api/use-docking-data';
import { HttpStatusError, NetworkError, RateLimitedError } from '../../api/errors';
import { useCacheNotice } from '../../api/query-persister';
import { MAX_HISTORY_EVENTS } from '../../api/paging';
import { getSettings, saveSettings } from '../../api/settings';
import { SAMPLE } from '../../api/sources';
import { CodeLoadError, retryOrReload } from '../../lib/load-code';
import {
  formatCount,
  formatDate,
  formatDateTime,
  formatRelative,
  formatWait,
  plural,
} from '../../lib/format';
import { useTimeZone } from '../../ui/time-zone';
import { useNow } from '../../ui/use-now';
import { useOnline } from '../../ui/use-online';
import './data-status.css';

/** What the banners read of the data. */
export type DataHealth = Pick<
  DockingData,
  | 'origin'
  | 'dockings'
  | 'loaded'
  | 'total'
  | 'oversizedCount'
  | 'invalidCount'
  | 'fetchedAt'
  | 'error'
  | 'rateLimitedUntil'
  | 'retry'
>;

/** What is shown, where it came from and how old it is, and what went wrong, with a way on. */
export function DataBanners({ data }: { data: DataHealth }) {
  const now = useNow(30_000);
  const tz = useTimeZone();
  const cacheNotice = useCacheNotice();
  const online = useOnline();
  const blocked = data.rateLimitedUntil !== null && data.rateLimitedUntil > now;
  const keyRejected = data.error instanceof HttpStatusError && data.error.keyRejected;
  const banners: {
    tone: 'info' | 'warning' | 'error';
    text: string;
    /** Retry, or Reload where a retry cannot help: the app's own code failed to load. */
    retry?: boolean;
    clearKey?: boolean;
  }[] = [];

  const sampleText = `the bundled sample, ${SAMPLE.description}, captured ${formatDate(SAMPLE.capturedAt, tz)}. Open stays are docked as of that date.`;

  if (blocked && data.rateLimitedUntil !== null) {
    banners.push({
      tone: 'warning',
      text: `Rate limited by Launch Library 2 — next request possible in ${formatWait(data.rateLimitedUntil, now)}.${
        data.origin === 'api' ? ' Everything loaded so far stays on screen.' : ''
      }`,
    });
  } else if (
    keyRejected &&
    data.error instanceof HttpStatusError &&
    data.origin !== 'sample-fallback'
  ) {
    banners.push({
      tone: data.dockings.length ? 'warning' : 'error',
      text: `Launch Library 2 rejected the API key (HTTP ${data.error.status}). Clear it to use the API without a key, or enter another in Settings.`,
      clearKey: true,
    });
  } else if (
    data.error &&
    !(data.error instanceof RateLimitedError) &&
    data.origin !== 'sample-fallback'
  ) {
    banners.push({
      tone: data.dockings.length ? 'warning' : 'error',
      text: describeError(data),
      retry: true,
    });
  }

  if (data.oversizedCount !== null) {
    banners.push({
      tone: 'warning',
      text: `Launch Library 2 reports ${formatCount(data.oversizedCount)} docking events, more than the ${formatCount(MAX_HISTORY_EVENTS)} this dashboard reads: only the first ${plural(data.loaded, 'event')} are shown, and no more are asked for.`,
    });
  }

  if (data.origin === 'sample-fallback') {
    const reason = keyRejected
      ? 'Launch Library 2 rejected the API key'
      : data.error instanceof HttpStatusError
        ? `Launch Library 2 answered with an error (HTTP ${data.error.status})`
        : data.error instanceof RateLimitedError
          ? 'Launch Library 2 is rate limiting this browser'
          : 'Offline: Launch Library 2 could not be reached';
    banners.push({
      tone: 'info',
      text: `${reason}. Showing ${sampleText}`,
      retry: !blocked,
      clearKey: keyRejected,
    });
  } else if (data.origin === 'sample') {
    banners.push({
      tone: 'info',
      text: `Showing ${sampleText} Choose the live API in Settings for the whole history.`,
    });
  } else if (data.origin === 'api' && !online && data.fetchedAt !== null) {
    banners.push({
      tone: 'info',
      text: `You are offline. Showing the ${plural(data.loaded, 'event')} saved in this browser, as of ${formatDateTime(data.fetchedAt, tz)} (${formatRelative(data.fetchedAt, now)}).`,
    });
  } else if (
    data.origin === 'api' &&
    data.error instanceof NetworkError &&
    data.fetchedAt !== null
  ) {
    banners.push({
      tone: 'info',
      text: `Showing events saved in this browser, fetched ${formatRelative(data.fetchedAt, now)}.`,
    });
  }

  if (cacheNotice === 'unavailable') {
    banners.push({
      tone: 'info',
      text: 'This browser keeps nothing between visits (its storage is blocked or full), so each visit loads the history from Launch Library 2 again.',
    });
  } else if (cacheNotice) {
    banners.push({
      tone: 'info',
      text: `The events saved in this browser ${
        cacheNotice === 'outdated'
          ? 'were saved by an older version of the dashboard'
          : 'could not be read'
      } and were discarded; the history is loaded afresh.`,
    });
  }

  const unrecorded = useMemo(
    () => data.dockings.filter((docking) => docking.endedBy !== null).length,
    [data.dockings],
  );
  if (unrecorded > 0) {
    banners.push({
      tone: 'info',
      text: `${plural(unrecorded, 'stay has', 'stays have')} no departure although ${unrecorded === 1 ? 'its' : 'their'} port was used again (or the spacecraft docked again): ${unrecorded === 1 ? 'it is' : 'they are'} shown as ended by that docking, "departure not recorded".`,
    });
  }

  if (data.invalidCount > 0) {
    banners.push({
      tone: 'warning',
      text: `${plural(data.invalidCount, 'event')} could not be read and ${data.invalidCount === 1 ? 'is' : 'are'} left out.`,
    });
  }

  if (banners.length === 0) return null;
  const wayOn = retryOrReload(data.error, data.retry);
  return (
    <div className="banners">
      {banners.map((banner) => (
        <div
          key={banner.text}
          className={`banner banner-${banner.tone}`}
          role={banner.tone === 'info' ? 'status' : 'alert'}
        >
          <span>{banner.text}</span>
          {(banner.retry || banner.clearKey) && (
            <span className="banner-actions">
              {banner.retry && (
                <button type="button" onClick={wayOn.onClick}>
                  {wayOn.label}
                </button>
              )}
              {banner.clearKey && (
                <button
                  type="button"
                  onClick={() => {
                    saveSettings({ ...getSettings(), apiKey: '' });
                    data.retry();
                  }}
                >
                  Clear key
                </button>
              )}
            </span>
          )}
        </div>
      ))}
    </div>
  );
}

function describeError({ error, dockings, total }: DataHealth): string {
  const what = !dockings.length
    ? 'Could not load docking events'
    : total !== null && dockings.length < total
      ? `Loading stopped at ${dockings.length} of ${total} events`
      : 'Refresh failed; the events shown are kept';
  if (error instanceof NetworkError) {
    return `${what}: ${error.timedOut ? 'Launch Library 2 did not answer in time' : 'Launch Library 2 could not be reached'}.`;
  }
  if (error instanceof HttpStatusError)
    return `${what}: Launch Library 2 answered with an error (HTTP ${error.status}).`;
  if (error instanceof CodeLoadError)
    return `${what}: part of the app's code could not be loaded. Reload the page to try again.`;
  return `${what}: ${error?.message ?? 'unknown error'}.`;
}
