import { describe, expect, it } from 'vitest';
import {
  formatDuration,
  formatIsoDuration,
  formatRelative,
  formatShare,
  orNotRecorded,
  parseIsoDuration,
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
