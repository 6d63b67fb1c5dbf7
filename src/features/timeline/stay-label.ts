import type { Docking } from '../../domain/docking';
import type { TimelineBar } from '../../domain/timeline';
import { formatDate, plural } from '../../lib/format';
import type { TimeZoneMode } from '../../lib/time';

const datesCache: Record<TimeZoneMode, WeakMap<Docking, string>> = {
  utc: new WeakMap(),
  local: new WeakMap(),
};

/** "Name at Port, 26 Jun 2025 – 14 Jul 2025", formatted once per docking and zone. */
function stayText(docking: Docking, tz: TimeZoneMode): string {
  let text = datesCache[tz].get(docking);
  if (text === undefined) {
    const end = docking.endedBy
      ? `departure not recorded, before ${formatDate(docking.endedBy.docked, tz)}`
      : docking.departed === null
        ? `still docked as of ${formatDate(docking.asOf, tz)}`
        : formatDate(docking.departed, tz);
    text = `${docking.chaser.name} at ${docking.port.name}, ${formatDate(docking.docked, tz)} – ${end}`;
    datesCache[tz].set(docking, text);
  }
  return text;
}

export function barLabel(bar: TimelineBar, tz: TimeZoneMode): string {
  const text = stayText(bar.docking, tz);
  return bar.overlaps ? `${text}, overlaps another stay` : text;
}

/** What a mark covers beyond its own stay: "3 more stays too close to tell apart at this zoom". */
export function hiddenStaysText(merged: number): string {
  return `${plural(merged, 'more stay')} too close to tell apart at this zoom`;
}

/** A mark's name: its stay's, and how many stays it covers at this zoom. */
export function markLabel(bar: TimelineBar, merged: number, tz: TimeZoneMode): string {
  const text = barLabel(bar, tz);
  return merged > 0 ? `${text}, and ${hiddenStaysText(merged)}` : text;
}
