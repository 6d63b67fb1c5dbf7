import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDateTime,
  formatDuration,
  formatIsoDuration,
  formatRelative,
  formatShare,
  formatWait,
  formatWaitMs,
  formatYesNo,
  orNotRecorded,
  parseIsoDuration,
  plural,
} from '../../src/lib/format';
import { safeImageUrl, safeLinkUrl } from '../../src/lib/safe-url';

describe('ISO-8601 durations', () => {
  it('reads LL2 durations, fractional seconds included', () => {
    expect(parseIsoDuration('P205DT12H23M10.254188S')).toBe(
      ((205 * 24 + 12) * 3600 + 23 * 60 + 10.254188) * 1000,
    );
    expect(formatIsoDuration('P205DT12H23M10.254188S')).toBe('205 d 12 h 23 min');
    expect(formatIsoDuration('P18DT44M')).toBe('18 d 0 h 44 min');
    expect(formatIsoDuration('PT5H')).toBe('5 h 0 min');
    expect(formatIsoDuration('PT42S')).toBe('< 1 min');
    expect(formatIsoDuration('P1W')).toBe('7 d 0 h 0 min');
  });

  it('reads anything else as "Not recorded", never NaN', () => {
    for (const bad of [null, undefined, '', 'P', 'PT', '5 days', 'P1Y', 'P-3D', 'PXD']) {
      expect(formatIsoDuration(bad)).toBe('Not recorded');
    }
    expect(formatDuration(Number.NaN)).toBe('Not recorded');
    expect(orNotRecorded('  ')).toBe('Not recorded');
    expect(orNotRecorded(0)).toBe('0');
  });
});

describe('relative times and shares', () => {
  const now = Date.parse('2026-11-28T12:00:00Z');
  const ago = (ms: number) => formatRelative(now - ms, now);

  it('counts whole days up to a year, then years; hours and minutes within a day', () => {
    expect(ago(212 * 86_400_000 + 5 * 3_600_000)).toBe('212 days ago');
    expect(ago(3 * 365 * 86_400_000 + 40 * 86_400_000)).toBe('3 years ago');
    expect(ago(5 * 3_600_000 + 59 * 60_000)).toBe('5 hours ago');
    expect(ago(4 * 60_000)).toBe('4 minutes ago');
    expect(ago(20_000)).toBe('just now');
    expect(formatRelative(now + 3 * 86_400_000, now)).toBe('in 3 days');
  });

  it('writes shares as percentages and coarse durations without minutes', () => {
    expect(formatShare(0.4251)).toBe('42.5%');
    expect(formatShare(1)).toBe('100%');
    expect(formatShare(0)).toBe('0%');
    expect(formatShare(0.0004)).toBe('< 0.1%');
    expect(formatShare(0.0006)).toBe('0.1%');
    expect(formatShare(0.9996)).toBe('> 99.9%');
    expect(formatDuration((33 * 24 + 21) * 3_600_000 + 28 * 60_000, true)).toBe('33 d 21 h');
    expect(formatDuration(5 * 3_600_000 + 7 * 60_000, true)).toBe('5 h 7 min');
  });
});

describe('URLs from data', () => {
  it('links only to http and https', () => {
    expect(safeLinkUrl('https://www.nasa.gov/x')).toBe('https://www.nasa.gov/x');
    expect(safeLinkUrl('http://example.org/')).toBe('http://example.org/');
    expect(safeLinkUrl('javascript:alert(1)')).toBeNull();
    expect(safeLinkUrl(' JavaScript:alert(1)')).toBeNull();
    expect(safeLinkUrl('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeLinkUrl('/relative')).toBeNull();
    expect(safeLinkUrl(null)).toBeNull();
  });

  it('shows only https images', () => {
    expect(safeImageUrl('https://cdn.example/a.jpg')).toBe('https://cdn.example/a.jpg');
    expect(safeImageUrl('http://cdn.example/a.jpg')).toBeNull();
    expect(safeImageUrl('data:image/png;base64,AAAA')).toBeNull();
  });
});

describe('what the data does not know', () => {
  it('reads a missing moment or span as "Not recorded"', () => {
    for (const unknown of [null, undefined, Number.NaN, Infinity]) {
      expect(formatDateTime(unknown, 'utc')).toBe('Not recorded');
      expect(formatDuration(unknown)).toBe('Not recorded');
    }
    expect(formatDuration(-1)).toBe('Not recorded');
    expect(formatDateTime(0, 'utc')).toBe('1 Jan 1970 00:00 UTC');
    // Years before 1000 (a generated history reaches back that far) keep four digits.
    expect(formatDateTime(Date.UTC(452, 5, 3, 4, 5), 'utc')).toBe('3 Jun 0452 04:05 UTC');
  });

  it('writes yes, no or "Not recorded"', () => {
    expect(formatYesNo(true)).toBe('Yes');
    expect(formatYesNo(false)).toBe('No');
    expect(formatYesNo(null)).toBe('Not recorded');
    expect(formatYesNo(undefined)).toBe('Not recorded');
  });

  it('keeps text and numbers, trimmed, and reads empty, null and NaN as "Not recorded"', () => {
    expect(orNotRecorded(' Soyuz ')).toBe('Soyuz');
    expect(orNotRecorded(42)).toBe('42');
    expect(orNotRecorded(null)).toBe('Not recorded');
    expect(orNotRecorded(undefined)).toBe('Not recorded');
    expect(orNotRecorded(Number.NaN)).toBe('Not recorded');
    expect(orNotRecorded('')).toBe('Not recorded');
  });
});

describe('durations at their edges', () => {
  it('starts counting minutes at one whole minute', () => {
    expect(formatDuration(0)).toBe('< 1 min');
    expect(formatDuration(59_999)).toBe('< 1 min');
    expect(formatDuration(60_000)).toBe('1 min');
    expect(formatDuration(3_600_000)).toBe('1 h 0 min');
    expect(formatDuration(86_400_000)).toBe('1 d 0 h 0 min');
    expect(formatDuration(86_400_000 + 60_000)).toBe('1 d 0 h 1 min');
    expect(formatDuration(86_400_000, true)).toBe('1 d 0 h');
    expect(formatDuration(59 * 60_000, true)).toBe('59 min');
  });

  it('reads weeks, days, hours, minutes and seconds with many digits and fractions', () => {
    expect(parseIsoDuration('P12W')).toBe(12 * 7 * 86_400_000);
    expect(parseIsoDuration('P0.25W')).toBe(1.75 * 86_400_000);
    expect(parseIsoDuration('P1.25D')).toBe(30 * 3_600_000);
    expect(parseIsoDuration('PT1.25H')).toBe(75 * 60_000);
    expect(parseIsoDuration('PT1.25M')).toBe(75_000);
    expect(parseIsoDuration('PT10.25S')).toBe(10_250);
    expect(parseIsoDuration('PT123M')).toBe(123 * 60_000);
    expect(parseIsoDuration(' P2D ')).toBe(2 * 86_400_000);
    expect(parseIsoDuration('-P2D')).toBe(-2 * 86_400_000);
    expect(formatIsoDuration('-P2D')).toBe('Not recorded');
  });

  it('refuses anything around or after a duration, and a dangling T', () => {
    for (const bad of ['xP2D', 'P2Dx', 'P2DT', ' P ', 'P1.D', 'P.5D', 'PT1.xS']) {
      expect(parseIsoDuration(bad), bad).toBeNull();
    }
  });
});

describe('relative times at their edges', () => {
  const now = Date.parse('2026-11-28T12:00:00Z');
  const ago = (ms: number) => formatRelative(now - ms, now);

  it('says "just now" under a minute, then minutes, hours, days under a year, then years', () => {
    expect(ago(59_999)).toBe('just now');
    expect(ago(60_000)).toBe('1 minute ago');
    expect(ago(86_400_000 - 1)).toBe('23 hours ago');
    expect(ago(86_400_000)).toBe('1 day ago');
    expect(ago(364 * 86_400_000)).toBe('364 days ago');
    expect(ago(365 * 86_400_000)).toBe('1 year ago');
    expect(ago(729 * 86_400_000)).toBe('1 year ago');
  });

  it('writes one of a unit in the singular, and many years with a thousands separator', () => {
    expect(ago(3_600_000)).toBe('1 hour ago');
    expect(formatRelative(now + 2 * 60_000, now)).toBe('in 2 minutes');
    expect(ago((1600 * 365 + 40) * 86_400_000)).toBe('1,600 years ago');
  });
});

describe('waits, counts and plurals', () => {
  it('writes a wait to the nearest minute, at least one, in hours past the hour', () => {
    const now = 1_000_000;
    expect(formatWait(now + 41 * 60_000, now)).toBe('41 min');
    expect(formatWait(now + 10_000, now)).toBe('1 min');
    expect(formatWait(now - 60_000, now)).toBe('1 min');
    expect(formatWaitMs(59 * 60_000)).toBe('59 min');
    expect(formatWaitMs(60 * 60_000)).toBe('1 h');
    expect(formatWaitMs(65 * 60_000 + 20_000)).toBe('1 h 5 min');
    expect(formatWaitMs(150 * 60_000)).toBe('2 h 30 min');
  });

  it('groups thousands and says one or many', () => {
    expect(formatCount(10000)).toBe('10,000');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(-1234)).toBe('-1,234');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(2.5)).toBe('2.5');
    expect(plural(1, 'event')).toBe('1 event');
    expect(plural(0, 'event')).toBe('0 events');
    expect(plural(2, 'event')).toBe('2 events');
    expect(plural(1555, 'event')).toBe('1,555 events');
    expect(plural(3, 'person', 'people')).toBe('3 people');
  });
});

describe('URLs from data, at their edges', () => {
  it('reads nothing, and anything that is not a URL, as no link', () => {
    expect(safeLinkUrl(undefined)).toBeNull();
    expect(safeLinkUrl('')).toBeNull();
    expect(safeLinkUrl('https://')).toBeNull();
    expect(safeImageUrl(null)).toBeNull();
    expect(safeImageUrl('not a url')).toBeNull();
  });

  it('ignores white space around a link', () => {
    expect(safeLinkUrl('  https://www.nasa.gov/x ')).toBe('https://www.nasa.gov/x');
    expect(safeImageUrl(' https://cdn.example/a.jpg\n')).toBe('https://cdn.example/a.jpg');
  });
});
