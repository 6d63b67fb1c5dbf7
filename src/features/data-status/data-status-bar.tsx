import { useRef } from 'react';
import { useHistoryProgress, type DockingData } from '../../api/use-docking-data';
import { DATA_SOURCES } from '../../api/sources';
import { formatRelative, formatCount, formatDate } from '../../lib/format';
import { useTimeZone } from '../../ui/time-zone';
import { useNow } from '../../ui/use-now';
import './data-status.css';

/** What the status line reads of the data. */
export type DataStatus = Pick<
  DockingData,
  | 'source'
  | 'origin'
  | 'loaded'
  | 'total'
  | 'isLoadingMore'
  | 'isRefreshing'
  | 'isBusy'
  | 'fetchedAt'
  | 'fromSnapshot'
  | 'rateLimitedUntil'
  | 'refresh'
  | 'retry'
>;

interface DataStatusBarProps {
  data: DataStatus;
  onOpenSettings: () => void;
}

/** Where the data comes from, how fresh it is, and the Refresh and Settings buttons. */
export function DataStatusBar({ data, onOpenSettings }: DataStatusBarProps) {
  const now = useNow(30_000);
  const tz = useTimeZone();
  const blocked = data.rateLimitedUntil !== null && data.rateLimitedUntil > now;
  // Showing the bundled sample because LL2 failed: Refresh asks LL2 again, as the banner's Retry.
  const fallenBack = data.origin === 'sample-fallback';
  const canRefresh =
    !blocked &&
    (fallenBack
      ? !data.isBusy
      : data.origin === 'api' && !data.isLoadingMore && !data.isRefreshing);
  const loadingText = (read: number, total: number) =>
    `Loaded ${formatCount(read)} of ${formatCount(total)} events`;
  // Written as each page arrives, between the renders that follow the data shown.
  const progressText = useRef<HTMLSpanElement>(null);
  const progressBar = useRef<HTMLProgressElement>(null);
  const progress = useHistoryProgress(data.source, (latest) => {
    if (!data.isLoadingMore || !progressText.current || !progressBar.current) return;
    const read = Math.max(data.loaded, latest.read);
    progressText.current.textContent = loadingText(read, latest.total);
    progressBar.current.max = latest.total;
    progressBar.current.value = read;
  });
  const read = Math.max(data.loaded, progress?.read ?? 0);

  return (
    // Buttons first: the texts after them change length without moving anything.
    <div className="data-status" role="group" aria-label="Data status" aria-busy={data.isBusy}>
      <button type="button" onClick={fallenBack ? data.retry : data.refresh} disabled={!canRefresh}>
        Refresh
      </button>
      <button type="button" onClick={onOpenSettings}>
        Settings
      </button>
      <span>
        <span className="muted">Data: </span>
        {data.origin === 'sample-fallback' ? 'Bundled sample' : DATA_SOURCES[data.source].label}
        {data.fetchedAt !== null && (
          <span className="muted">
            {data.origin === 'api'
              ? ` · ${data.fromSnapshot ? 'snapshot taken' : 'updated'} ${formatRelative(data.fetchedAt, now)}`
              : ` · captured ${formatDate(data.fetchedAt, tz)}`}
          </span>
        )}
      </span>
      <span ref={progressText} role="status" aria-live="polite" className="progress">
        {data.isLoadingMore && data.total !== null
          ? loadingText(read, data.total)
          : data.isRefreshing
            ? 'Refreshing…'
            : ''}
      </span>
      {data.isLoadingMore && data.total ? (
        <progress ref={progressBar} max={data.total} value={read} aria-label="History loaded" />
      ) : null}
    </div>
  );
}
