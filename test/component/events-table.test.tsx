import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { parseDockingEvents } from '../../src/api/schemas';
import type { Docking } from '../../src/domain/docking';
import { DEFAULT_SORT } from '../../src/domain/view-state';
import { EventsTable } from '../../src/features/events-table/events-table';
import { buildDockings } from '../support/dockings';
import { generateDockingHistory } from '../support/generate-history';

const { events } = parseDockingEvents(generateDockingHistory({ seed: 11, count: 40 }));
const dockings = buildDockings([{ events, fetchedAt: Date.parse('2026-11-01') }]);

function table(rows: readonly Docking[]) {
  return (
    <EventsTable
      rows={rows}
      sort={DEFAULT_SORT}
      onSortChange={vi.fn()}
      activeId={null}
      onOpen={vi.fn()}
    />
  );
}

const rowOf = (docking: Docking) =>
  document.querySelector<HTMLElement>(`tr[data-row-id="${docking.id}"]`)!;

describe('a focused row of the events table', () => {
  it('keeps focus on its event when the rows change around it', () => {
    const fourth = dockings[3]!;
    const { rerender } = render(table(dockings.slice(3)));
    rowOf(fourth).focus();
    expect(document.activeElement).toHaveAttribute('aria-rowindex', '2');

    // Three events arrive above it (a refresh): its event is now the fourth.
    rerender(table(dockings));
    expect(document.activeElement).toHaveAttribute('aria-rowindex', '5');
    expect(document.activeElement).toHaveTextContent(fourth.chaser.name);
  });

  it('leaves focus in the table when its event is filtered out', () => {
    const [first, second] = dockings;
    const { rerender } = render(table(dockings));
    rowOf(first!).focus();
    rerender(table(dockings.slice(1)));
    expect(document.activeElement).toBe(
      screen.getByRole('table', { name: 'Docking events' }).parentElement,
    );
    expect(rowOf(second!)).toHaveAttribute('aria-rowindex', '2');
  });
});
