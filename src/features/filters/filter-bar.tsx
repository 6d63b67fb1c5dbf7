import { useId, useState } from 'react';
import { FACET_NAMES, type FacetName, type FacetOption } from '../../domain/select';
import {
  CLEARED_FILTERS,
  activeFilterCount,
  serializeViewState,
  type ViewState,
} from '../../domain/view-state';
import { WHILE_TYPING, type SetViewState } from '../../ui/use-view-state';
import { FacetFilter } from './facet-filter';
import './filters.css';

interface FilterBarProps {
  view: ViewState;
  setView: SetViewState;
  facets: Record<FacetName, FacetOption[]>;
}

const FACET_LABELS: Record<FacetName, string> = {
  station: 'Station',
  port: 'Port',
  vehicle: 'Vehicle',
  agency: 'Agency',
};

export function FilterBar({ view, setView, facets }: FilterBarProps) {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  // On a phone the filters fold away behind one button; on wider screens they are always shown.
  const [expanded, setExpanded] = useState(false);
  const barId = useId();
  const active = activeFilterCount(view);

  const copyLink = async () => {
    try {
      // From the view, not the address bar: the URL follows the view only once input pauses.
      await navigator.clipboard.writeText(serializeViewState(window.location.href, view));
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <>
      <button
        type="button"
        className="filters-toggle"
        aria-expanded={expanded}
        aria-controls={barId}
        onClick={() => setExpanded((value) => !value)}
      >
        Filters
        {active > 0 && (
          <>
            {' '}
            <span className="badge">{active}</span> <span className="visually-hidden">active</span>
          </>
        )}
      </button>
      <div
        role="search"
        id={barId}
        className={expanded ? 'filter-bar expanded' : 'filter-bar'}
        aria-label="Filters"
      >
        {FACET_NAMES.map((facet) => (
          <FacetFilter
            key={facet}
            label={FACET_LABELS[facet]}
            options={facets[facet]}
            selected={view[facet]}
            showGroups={facet === 'port'}
            onChange={(ids) => setView({ [facet]: ids.length ? ids : null })}
          />
        ))}
        <label className="field">
          <span className="visually-hidden">Status</span>
          <select
            value={view.status ?? ''}
            onChange={(event) =>
              setView({ status: (event.target.value || null) as ViewState['status'] })
            }
          >
            <option value="">Any status</option>
            <option value="docked">Still docked</option>
            <option value="departed">Departed</option>
          </select>
        </label>
        <label className="field">
          <span>From</span>
          <input
            type="date"
            value={view.from ?? ''}
            max={view.to ?? undefined}
            onChange={(event) => setView({ from: event.target.value || null })}
          />
        </label>
        <label className="field">
          <span>To</span>
          <input
            type="date"
            value={view.to ?? ''}
            min={view.from ?? undefined}
            onChange={(event) => setView({ to: event.target.value || null })}
          />
        </label>
        <label className="field search-field">
          <span className="visually-hidden">Search</span>
          <input
            type="search"
            placeholder="Search spacecraft, vehicle, agency, port…"
            value={view.q}
            onChange={(event) => setView({ q: event.target.value || null }, WHILE_TYPING)}
          />
        </label>
        <button type="button" disabled={active === 0} onClick={() => setView(CLEARED_FILTERS)}>
          Clear filters
        </button>
        <button type="button" onClick={copyLink} onBlur={() => setCopied('idle')}>
          Copy link
        </button>
        <span role="status" className="muted">
          {copied === 'copied'
            ? 'Link copied'
            : copied === 'failed'
              ? 'Could not copy: copy the address bar'
              : ''}
        </span>
      </div>
    </>
  );
}
