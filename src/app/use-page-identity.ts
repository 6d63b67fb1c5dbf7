import { useEffect } from 'react';
import { pageTitle } from '../domain/page-title';
import type { FacetName, FacetOption } from '../domain/select';
import { hasActiveFilters, type ViewFilters } from '../domain/view-state';
import { VIEW_WRITE_PAUSE_MS } from '../ui/use-view-state';

/**
 * The tab's title and icon follow the view: a filtered view has a badge on its icon. Like the URL,
 * they are written once the input pauses: telling the browser costs a millisecond or two a time.
 */
export function usePageIdentity(
  filters: ViewFilters,
  facets: Record<FacetName, FacetOption[]>,
  count: string | null,
) {
  const title = pageTitle(filters, facets, count);
  const icon = `${import.meta.env.BASE_URL}${hasActiveFilters(filters) ? 'favicon-filtered.svg' : 'favicon.svg'}`;
  useEffect(() => {
    const timer = setTimeout(() => {
      if (document.title !== title) document.title = title;
      const link = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
      if (link && link.getAttribute('href') !== icon) link.href = icon;
    }, VIEW_WRITE_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [title, icon]);
}
