import type { Docking } from '../../domain/docking';
import type { TimelineBar } from '../../domain/timeline';
import { formatDate } from '../../lib/format';
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
