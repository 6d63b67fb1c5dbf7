import { DAY_MS, zonedDate as inZone, type TimeZoneMode } from './time';

const NOT_RECORDED = 'Not recorded';

/** A moment or a span the data has: null, undefined and NaN are what it does not know. */
const isKnown = (ms: number | null | undefined): ms is number => Number.isFinite(ms);

/*
 * Dates are written from a Date's own fields rather than by a formatting library: the patterns are
 * fixed and English, and the page's first load is smaller without one.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const twoDigits = (n: number) => String(n).padStart(2, '0');

/** The calendar day and the time of day of a moment in the view's zone. */
function fieldsOf(ms: number, tz: TimeZoneMode) {
  const date = inZone(ms, tz);
  const year = String(date.getFullYear()).padStart(4, '0');
  return {
    day: `${date.getDate()} ${MONTHS[date.getMonth()]} ${year}`,
    time: `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`,
  };
}

/** The browser zone's offset from UTC at a moment: "GMT+2", "GMT-7", "GMT+5:30", "GMT+0". */
function zoneOffsetName(ms: number): string {
  const minutesAhead = -new Date(ms).getTimezoneOffset();
  const sign = minutesAhead < 0 ? '-' : '+';
  const hours = Math.trunc(Math.abs(minutesAhead) / 60);
  const minutes = Math.abs(minutesAhead) % 60;
  return `GMT${sign}${hours}${minutes ? `:${twoDigits(minutes)}` : ''}`;
}

/** "22 Apr 2025 12:40 UTC", or in the browser's zone "22 Apr 2025 14:40 GMT+2". */
export function formatDateTime(ms: number | null | undefined, tz: TimeZoneMode): string {
  if (!isKnown(ms)) return NOT_RECORDED;
  const { day, time } = fieldsOf(ms, tz);
  return `${day} ${time} ${tz === 'utc' ? 'UTC' : zoneOffsetName(ms)}`;
}

/** "22 Apr 2025". */
export function formatDate(ms: number, tz: TimeZoneMode): string {
  return fieldsOf(ms, tz).day;
}

/** An ISO date-time for machines (`<time dateTime>`, exports). */
export function isoUtc(ms: number): string {
  return new Date(ms).toISOString();
}

/**
 * "33 d 21 h 28 min"; leading zero units are left out, and under a minute reads "< 1 min".
 * `coarse` leaves out the minutes of a stay of a day or more: "33 d 21 h".
 */
export function formatDuration(ms: number | null | undefined, coarse = false): string {
  if (!isKnown(ms) || ms < 0) return NOT_RECORDED;
  const totalMinutes = Math.floor(ms / 60_000);
  if (totalMinutes < 1) return '< 1 min';
  const days = Math.floor(totalMinutes / 1440);
  const hours = Math.floor((totalMinutes % 1440) / 60);
  const minutes = totalMinutes % 60;
  const parts: string[] = [];
  if (days) parts.push(`${days} d`);
  if (days || hours) parts.push(`${hours} h`);
  if (!(coarse && days)) parts.push(`${minutes} min`);
  return parts.join(' ');
}

/**
 * "just now", "5 minutes ago", "212 days ago", "8 years ago", "in 3 days": whole minutes or hours
 * within a day, whole days up to a year, so that recent stays read exactly, then whole years.
 */
export function formatRelative(ms: number, now: number): string {
  const elapsed = Math.abs(now - ms);
  if (elapsed < 60_000) return 'just now';
  const distance =
    elapsed < 3_600_000
      ? plural(Math.floor(elapsed / 60_000), 'minute')
      : elapsed < DAY_MS
        ? plural(Math.floor(elapsed / 3_600_000), 'hour')
        : elapsed < 365 * DAY_MS
          ? plural(Math.floor(calendarSpan(ms, now) / DAY_MS), 'day')
          : plural(Math.floor(calendarSpan(ms, now) / (365 * DAY_MS)), 'year');
  return ms > now ? `in ${distance}` : `${distance} ago`;
}

/**
 * The span between two moments on the local clock: a summer-time change between them does not
 * make a day of 23 or 25 hours count as less or more than one.
 */
function calendarSpan(a: number, b: number): number {
  const [earlier, later] = a < b ? [a, b] : [b, a];
  const offsetChange = new Date(earlier).getTimezoneOffset() - new Date(later).getTimezoneOffset();
  return later - earlier + offsetChange * 60_000;
}

/** A wait until `untilMs`, to the nearest minute and at least one: "41 min", "1 h 5 min". */
export function formatWait(untilMs: number, now: number): string {
  return formatWaitMs(untilMs - now);
}

export function formatWaitMs(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });

/**
 * A share 0–1 as "42.5%". A share that is not nothing, or not all, never reads as "0%" or "100%":
 * a port docked at for an hour in decades is "< 0.1%".
 */
export function formatShare(share: number): string {
  if (share > 0 && share < 0.0005) return '< 0.1%';
  if (share < 1 && share >= 0.9995) return '> 99.9%';
  return percent.format(share);
}

// One formatter, made once: toLocaleString builds a new one at every call.
const count = new Intl.NumberFormat('en-US');

export function formatCount(n: number): string {
  // Most counts on screen are small whole numbers, which need no grouping: Intl is slow to call.
  return Number.isInteger(n) && Math.abs(n) < 1000 ? String(n) : count.format(n);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/**
 * Milliseconds of an ISO-8601 duration such as `P205DT12H23M10.254188S` (years and months are not
 * used by LL2 and are refused), or null when the text is not one.
 */
export function parseIsoDuration(text: string | null | undefined): number | null {
  if (!text) return null;
  const match =
    /^(-)?P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
      text.trim(),
    );
  if (!match || text.trim() === 'P' || text.trim().endsWith('T')) return null;
  const [, negative, weeks, days, hours, minutes, seconds] = match;
  const ms =
    (Number(weeks ?? 0) * 7 * 86_400 +
      Number(days ?? 0) * 86_400 +
      Number(hours ?? 0) * 3600 +
      Number(minutes ?? 0) * 60 +
      Number(seconds ?? 0)) *
    1000;
  return negative ? -ms : ms;
}

/** An ISO-8601 duration as "33 d 21 h 28 min", or "Not recorded". */
export function formatIsoDuration(text: string | null | undefined): string {
  return formatDuration(parseIsoDuration(text));
}

export function formatYesNo(value: boolean | null | undefined): string {
  return value === true ? 'Yes' : value === false ? 'No' : NOT_RECORDED;
}

/** Trimmed text, or "Not recorded" when there is none. */
export function orNotRecorded(value: string | number | null | undefined): string {
  const text = String(value ?? '').trim();
  return text && text !== 'NaN' ? text : NOT_RECORDED;
}
