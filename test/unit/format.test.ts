import { describe, expect, it } from 'vitest';
import {
  formatDuration,
  formatIsoDuration,
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
