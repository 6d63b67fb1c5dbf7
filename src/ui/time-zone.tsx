import { createContext, useContext } from 'react';
import type { TimeZoneMode } from '../lib/time';
import { formatDateTime, formatRelative, isoUtc } from '../lib/format';
import { useNow } from './use-now';

export const TimeZoneContext = createContext<TimeZoneMode>('utc');

export function useTimeZone(): TimeZoneMode {
  return useContext(TimeZoneContext);
}

/**
 * A moment in the view's zone, labelled with the zone, machine-readable in UTC. With `relative`,
 * "212 days ago" follows it: both are on the page, so neither needs a hover to be read.
 */
export function DateTime({ ms, relative = false }: { ms: number; relative?: boolean }) {
  const tz = useTimeZone();
  return (
    <>
      <time dateTime={isoUtc(ms)}>{formatDateTime(ms, tz)}</time>
      {relative && ' '}
      {relative && <RelativeTime ms={ms} />}
    </>
  );
}

export function RelativeTime({ ms }: { ms: number }) {
  const now = useNow(60_000);
  return <span className="secondary">{formatRelative(ms, now)}</span>;
}
