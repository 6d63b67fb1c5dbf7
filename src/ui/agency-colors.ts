import type { Docking } from '../domain/docking';
import { agencyLabel } from '../domain/event-columns';

/** Distinct in light and dark themes; the last is for every agency beyond them. */
const PALETTE = ['#3b7dd8', '#e07a3a', '#2e9e6a', '#9a5bd0', '#c9a227', '#d04f86', '#3aa6b0'];
export const OTHER_COLOR = '#8a94a3';

export interface LegendEntry {
  key: string;
  label: string;
  color: string;
}

/** An agency's id, or -1 for a docking whose agency is not recorded. */
const agencyId = (docking: Docking) => docking.agency?.id ?? -1;

interface Ranking {
  /** Each agency's colour and legend key ("other" beyond the palette). */
  byAgency: Map<number, { color: string; group: string }>;
  legend: LegendEntry[];
}

/** Colours come from all the data, ranked once per history (a filter never recolours a bar). */
const rankings = new WeakMap<readonly Docking[], Ranking>();

function rank(dockings: readonly Docking[]): Ranking {
  const cached = rankings.get(dockings);
  if (cached) return cached;
  const counts = new Map<number, { label: string; count: number }>();
  for (const docking of dockings) {
    const id = agencyId(docking);
    const entry = counts.get(id);
    if (entry) entry.count += 1;
    else
      counts.set(id, {
        label: docking.agency ? agencyLabel(docking.agency) : 'Agency not recorded',
        count: 1,
      });
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1].count - a[1].count);
  const byAgency = new Map<number, { color: string; group: string }>();
  const legend: LegendEntry[] = [];
  ranked.forEach(([id, { label }], index) => {
    const key = id === -1 ? 'none' : String(id);
    const color = PALETTE[index] ?? OTHER_COLOR;
    byAgency.set(id, { color, group: index < PALETTE.length ? key : 'other' });
    if (index < PALETTE.length) legend.push({ key, label, color });
  });
  if (ranked.length > PALETTE.length)
    legend.push({ key: 'other', label: 'Other', color: OTHER_COLOR });
  const ranking = { byAgency, legend };
  rankings.set(dockings, ranking);
  return ranking;
}

/**
 * A colour per agency, the most frequent first; the rest share "Other". Colour is never the only
 * signal: every bar also carries its name and details. The legend lists what `shown` holds.
 */
export function agencyColors(dockings: readonly Docking[], shown: readonly Docking[] = dockings) {
  const { byAgency, legend } = rank(dockings);
  const shownGroups = new Set<string>();
  for (const docking of shown) shownGroups.add(byAgency.get(agencyId(docking))?.group ?? 'other');
  return {
    colorOf: (docking: Docking) => byAgency.get(agencyId(docking))?.color ?? OTHER_COLOR,
    /** The legend entry a docking counts under: its agency, or "other" beyond the palette. */
    groupOf: (docking: Docking) => byAgency.get(agencyId(docking))?.group ?? 'other',
    legend: legend.filter((entry) => shownGroups.has(entry.key)),
  };
}
