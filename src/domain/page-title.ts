import { FACET_NAMES, type FacetName, type FacetOption } from './select';
import type { ViewFilters } from './view-state';

const APP_NAME = 'Station Dockings';
const STATUS_TEXT = { docked: 'still docked', departed: 'departed' } as const;

/** The chosen names of one filter: "Soyuz, Progress +2". */
function chosenNames(ids: readonly number[], options: readonly FacetOption[] | undefined): string {
  const names = ids.map((id) => options?.find((option) => option.id === id)?.name ?? `#${id}`);
  return names.length > 2
    ? `${names.slice(0, 2).join(', ')} +${names.length - 2}`
    : names.join(', ');
}

/**
 * The tab's title: what the view is filtered to and how many events it shows, then the app's name
 * ("Tiangong · still docked — 3 events | Station Dockings"), so that tabs and bookmarks of views
 * can be told apart.
 */
export function pageTitle(
  filters: ViewFilters,
  facets: Partial<Record<FacetName, readonly FacetOption[]>>,
  count: string | null,
): string {
  const parts: string[] = [];
  for (const facet of FACET_NAMES) {
    if (filters[facet].length) parts.push(chosenNames(filters[facet], facets[facet]));
  }
  if (filters.status) parts.push(STATUS_TEXT[filters.status]);
  if (filters.from || filters.to) parts.push(`${filters.from ?? '…'} to ${filters.to ?? '…'}`);
  if (filters.q.trim()) parts.push(`“${filters.q.trim()}”`);
  const view = [parts.join(' · '), count].filter(Boolean).join(' — ');
  return view ? `${view} | ${APP_NAME}` : APP_NAME;
}
