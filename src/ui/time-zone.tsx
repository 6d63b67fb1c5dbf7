import { createContext, useContext } from 'react';
import type { TimeZoneMode } from '../domain/select';
import { formatDateTime, isoUtc } from '../lib/format';

export const TimeZoneContext = createContext<TimeZoneMode>('utc');

export function useTimeZone(): TimeZoneMode {
  return useContext(TimeZoneContext);
}

/** A moment in the view's zone, labelled with the zone, machine-readable in UTC. */
export function DateTime({ ms }: { ms: number }) {
  const tz = useTimeZone();
  return <time dateTime={isoUtc(ms)}>{formatDateTime(ms, tz)}</time>;
}
