import { UTCDate } from '@date-fns/utc';

export type TimeZoneMode = 'utc' | 'local';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** A moment as a Date that reads its fields (day, hour…) in the view's zone. */
export function zonedDate(ms: number, tz: TimeZoneMode): Date {
  return tz === 'utc' ? new UTCDate(ms) : new Date(ms);
}
