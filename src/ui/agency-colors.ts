import type { Docking } from '../domain/docking';

/** Distinct in light and dark themes; the last is for every agency beyond them. */
const PALETTE = ['#3b7dd8', '#e07a3a', '#2e9e6a', '#9a5bd0', '#c9a227', '#d04f86', '#3aa6b0'];
export const OTHER_COLOR = '#8a94a3';

export interface LegendEntry {
  key: string;
  label: string;
  color: string;
}

const agencyKey = (docking: Docking) => (docking.agency ? String(docking.agency.id) : 'none');

/**
 * A colour per agency, the most frequent first; the rest share "Other". Colour is never the only
 * signal: every bar also carries its name and details.
 */
export function agencyColors(dockings: readonly Docking[], shown: readonly Docking[] = dockings) {
  const counts = new Map<string, { label: string; count: number }>();
  for (const docking of dockings) {
    const key = agencyKey(docking);
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else
      counts.set(key, {
        label: docking.agency
          ? docking.agency.abbrev || docking.agency.name
          : 'Agency not recorded',
        count: 1,
      });
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1].count - a[1].count);
  const colors = new Map<string, string>();
  const legend: LegendEntry[] = [];
  ranked.forEach(([key, { label }], index) => {
    const color = PALETTE[index] ?? OTHER_COLOR;
    colors.set(key, color);
    if (index < PALETTE.length) legend.push({ key, label, color });
  });
  if (ranked.length > PALETTE.length)
    legend.push({ key: 'other', label: 'Other', color: OTHER_COLOR });
  // Colours come from all the data, so a filter never recolours a bar; the legend lists what is shown.
  const shownKeys = new Set(shown.map(agencyKey));
  const shownOther = shown.some(
    (docking) => !legend.some((entry) => entry.key === agencyKey(docking)),
  );
  const legendKeys = new Set(legend.map((entry) => entry.key));
  return {
    colorOf: (docking: Docking) => colors.get(agencyKey(docking)) ?? OTHER_COLOR,
    /** The legend entry a docking counts under: its agency, or "other" beyond the palette. */
    groupOf: (docking: Docking) => {
      const key = agencyKey(docking);
      return legendKeys.has(key) ? key : 'other';
    },
    legend: legend.filter((entry) =>
      entry.key === 'other' ? shownOther : shownKeys.has(entry.key),
    ),
  };
}
