import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseDockingEvents } from '../../src/api/schemas';
import { useDockingView } from '../../src/app/use-docking-view';
import type { Docking } from '../../src/domain/docking';
import { parseViewState, type ViewState } from '../../src/domain/view-state';
import { buildDockings } from '../support/dockings';
import { generateDockingHistory } from '../support/generate-history';

// Read as the app reads a page: validated, then normalized.
const { events } = parseDockingEvents(generateDockingHistory({ seed: 7, count: 40 }));
const dockings = buildDockings([{ events, fetchedAt: Date.parse('2026-11-01') }]);

interface Seen {
  rows: number;
  panels: number;
  stationFacets: number;
}

function Probe(props: { view: ViewState; dockings: readonly Docking[]; seen: Seen[] }) {
  const { rows, allTime, facets } = useDockingView(props.view, props.dockings);
  props.seen.push({
    rows: rows.length,
    panels: allTime.length,
    stationFacets: facets.station.length,
  });
  return null;
}

describe('the view of the loaded dockings', () => {
  it('answers a search in the table first; the panels and facet counts follow in the next render', () => {
    const seen: Seen[] = [];
    const { rerender } = render(
      <Probe view={parseViewState('')} dockings={dockings} seen={seen} />,
    );
    expect(seen.at(-1)).toEqual({ rows: 40, panels: 40, stationFacets: 3 });

    seen.length = 0;
    rerender(<Probe view={parseViewState('?q=no-such-craft')} dockings={dockings} seen={seen} />);
    // The first render after the keystroke has the table's rows; the rest is still as it was.
    expect(seen[0]).toEqual({ rows: 0, panels: 40, stationFacets: 3 });
    expect(seen.at(-1)).toEqual({ rows: 0, panels: 0, stationFacets: 0 });
  });
});
