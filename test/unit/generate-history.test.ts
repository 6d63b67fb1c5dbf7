import { describe, expect, it } from 'vitest';
import { pageEnvelopeSchema, parseDockingEvents } from '../../src/api/schemas';
import { buildDockings } from '../support/dockings';
import { buildTimelineGroups } from '../../src/domain/timeline';
import { LIVE_API, dockingEventsPage, generateDockingHistory } from '../support/generate-history';

const FETCHED = Date.parse('2026-11-01T00:00:00Z');

describe('the generated histories shared by the browser tests and the bench', () => {
  it('are the same for the same seed, and differ for another', () => {
    const a = generateDockingHistory({ seed: 42, count: 555 });
    expect(generateDockingHistory({ seed: 42, count: 555 })).toEqual(a);
    expect(generateDockingHistory({ seed: 43, count: 555 })).not.toEqual(a);
  });

  it('are valid against the app’s own schemas, every one of 10,000', () => {
    const events = generateDockingHistory({ seed: 10_000, count: 10_000 });
    const { events: parsed, invalidCount } = parseDockingEvents(events);
    expect(invalidCount).toBe(0);
    expect(parsed).toHaveLength(10_000);
    expect(new Set(events.map((event) => event.id)).size).toBe(10_000);
  });

  it('have realistic shapes: about 50 ports, open stays, a few overlaps, every chaser kind', () => {
    const events = generateDockingHistory({ seed: 10_000, count: 10_000 });
    const dockings = buildDockings([
      { events: parseDockingEvents(events).events, fetchedAt: FETCHED },
    ]);
    const groups = buildTimelineGroups(dockings);
    const lanes = groups.flatMap((group) => group.lanes);
    const bars = lanes.flatMap((lane) => lane.bars);
    expect(lanes.length).toBeGreaterThanOrEqual(45);
    expect(lanes.length).toBeLessThanOrEqual(60);
    const overlapping = bars.filter((bar) => bar.overlaps).length;
    expect(overlapping).toBeGreaterThan(0);
    expect(overlapping / bars.length).toBeLessThan(0.1);
    expect(bars.filter((bar) => bar.open).length).toBeGreaterThan(5);
    const kinds = new Set(dockings.map((docking) => docking.chaser.kind));
    expect([...kinds].sort()).toEqual(['payload', 'spacecraft', 'station']);
    expect(dockings.some((docking) => docking.station === null)).toBe(true);
    expect(dockings.some((docking) => docking.chaser.name.length > 60)).toBe(true);
    expect(Math.max(...dockings.map((docking) => docking.docked))).toBeLessThan(FETCHED);
  });

  it('are served in LL2 pages: newest first, 100 at most, with an absolute next link', () => {
    const events = generateDockingHistory({ seed: 5, count: 250 });
    const first = pageEnvelopeSchema.parse(
      dockingEventsPage(events, `${LIVE_API}/docking_events/?ordering=-docking&limit=100&offset=0`),
    );
    expect(first.count).toBe(250);
    expect(first.results).toHaveLength(100);
    expect(first.next).toBe(`${LIVE_API}/docking_events/?ordering=-docking&limit=100&offset=100`);
    const dates = first.results.map((event) => Date.parse((event as { docking: string }).docking));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const last = dockingEventsPage(
      events,
      `${LIVE_API}/docking_events/?ordering=-docking&limit=100&offset=200`,
    );
    expect(last.results).toHaveLength(50);
    expect(last.next).toBeNull();
  });
});
