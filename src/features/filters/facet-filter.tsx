import { useEffect, useId, useRef, useState } from 'react';
import type { FacetOption } from '../../domain/select';
import { plural } from '../../lib/format';

interface FacetFilterProps {
  label: string;
  options: FacetOption[];
  selected: number[];
  onChange: (ids: number[]) => void;
  showGroups?: boolean;
}

/** A multi-select of one filter's choices, each with the number of events it would show. */
export function FacetFilter({ label, options, selected, onChange, showGroups }: FacetFilterProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const chosen = new Set(selected);

  useEffect(() => {
    if (!open) return;
    const closeOnOutside = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOnOutside);
    return () => document.removeEventListener('pointerdown', closeOnOutside);
  }, [open]);

  const toggle = (id: number) =>
    onChange(chosen.has(id) ? selected.filter((value) => value !== id) : [...selected, id]);

  return (
    <div
      className="facet"
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setOpen(false);
          rootRef.current?.querySelector('button')?.focus();
        }
      }}
    >
      <button
        type="button"
        className={selected.length ? 'facet-button active' : 'facet-button'}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {/* Named by its text, "Station filter, 2 chosen", of which "Station 2" shows. */}
        {label} <span className="visually-hidden">filter{selected.length > 0 ? ',' : ''}</span>
        {selected.length > 0 && (
          <>
            {' '}
            <span className="badge">{selected.length}</span>{' '}
            <span className="visually-hidden">chosen</span>
          </>
        )}
        <span aria-hidden="true"> ▾</span>
      </button>
      {open && (
        <fieldset className="facet-panel" id={panelId}>
          <legend className="visually-hidden">{label}</legend>
          {options.length === 0 && <p className="muted">No choices for the other filters</p>}
          {options.map((option) => (
            <label key={option.id} className="facet-option">
              <input
                type="checkbox"
                aria-label={`${option.name}${showGroups && option.group ? ` at ${option.group}` : ''}: ${plural(option.count, 'event')}`}
                checked={chosen.has(option.id)}
                onChange={() => toggle(option.id)}
              />
              <span className="facet-name">
                {option.name}
                {showGroups && option.group ? (
                  <span className="muted"> · {option.group}</span>
                ) : null}
              </span>
              <span className="count" aria-hidden="true">
                {option.count}
              </span>
            </label>
          ))}
          {selected.length > 0 && (
            <button type="button" className="link-button" onClick={() => onChange([])}>
              Clear {label.toLowerCase()}
            </button>
          )}
        </fieldset>
      )}
    </div>
  );
}
