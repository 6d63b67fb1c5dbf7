import { useEffect } from 'react';
import { pageTitle } from '../domain/page-title';
import type { FacetName, FacetOption } from '../domain/select';
import { hasActiveFilters, type ViewFilters } from '../domain/view-state';

/** The tab's title and icon follow the view: a filtered view has a badge on its icon. */
export function usePageIdentity(
  filters: ViewFilters,
  facets: Record<FacetName, FacetOption[]>,
  count: string | null,
) {
  const title = pageTitle(filters, facets, count);
  const filtered = hasActiveFilters(filters);
  useEffect(() => {
    document.title = title;
  }, [title]);
  useEffect(() => {
    const icon = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
    if (icon) {
      icon.href = `${import.meta.env.BASE_URL}${filtered ? 'favicon-filtered.svg' : 'favicon.svg'}`;
    }
  }, [filtered]);
}
