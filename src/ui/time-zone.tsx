import { createContext, useContext } from 'react';
import type { TimeZoneMode } from '../domain/select';
import { formatDate, formatDateTime, isoUtc } from '../lib/format';

export const TimeZoneContext = createContext<TimeZoneMode>('utc');

export function useTimeZone(): TimeZoneMode {
  return useContext(TimeZoneContext);
}

/**
 * A moment in the view's zone, labelled with the zone, machine-readable in UTC. `dateOnly` shows
 * the day and keeps the full time in the tooltip.
 */
export function DateTime({ ms, dateOnly = false }: { ms: number; dateOnly?: boolean }) {
  const tz = useTimeZone();
  const full = formatDateTime(ms, tz);
  return (
    <time dateTime={isoUtc(ms)} title={dateOnly ? full : undefined}>
      {dateOnly ? formatDate(ms, tz) : full}
    </time>
  );
}
