import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseDockingEvents } from '../../src/api/schemas';
import { TrafficChart } from '../../src/features/traffic/traffic-chart';
import { buildDockings } from '../support/dockings';
import { generateDockingHistory } from '../support/generate-history';
import { renderApp, serveDevPage } from '../support/render-app';

describe('traffic per year', () => {
  it('never says it waits for events the page already shows: it counts them, then draws their years', async () => {
    serveDevPage();
    renderApp();
    const chart = screen.getByRole('region', { name: 'Traffic per year' });
    expect(within(chart).getByText('Waiting for docking events…')).toBeInTheDocument();

    await screen.findByRole('heading', { name: '5 events' });
    // It follows the view after a pause; meanwhile it says what it is doing.
    expect(within(chart).queryByText('Waiting for docking events…')).not.toBeInTheDocument();
    expect(within(chart).getByText('Counting the dockings of each year…')).toBeInTheDocument();

    const years = await within(chart).findByRole('group', { name: 'Dockings per year' });
    expect(within(years).getByRole('button', { name: /^2025: 5 dockings/ })).toBeInTheDocument();
    expect(
      within(chart).queryByText('Counting the dockings of each year…'),
    ).not.toBeInTheDocument();
  });

  describe('a history of many years (1972 to 2026)', () => {
    const raw = generateDockingHistory({ seed: 1000, count: 1000 });
    const dockings = buildDockings([
      { events: parseDockingEvents(raw).events, fetchedAt: Date.parse('2026-11-01T00:00:00Z') },
    ]);
    const dockedIn = (first: number, last: number) =>
      raw.filter((event) => {
        const year = new Date(event.docking).getUTCFullYear();
        return year >= first && year <= last;
      }).length;
    const chartAt = (width: number) => {
      vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(width);
      const onPickYears = vi.fn();
      render(
        <TrafficChart
          dockings={dockings}
          allDockings={dockings}
          tz="utc"
          from={null}
          to={null}
          onPickYears={onPickYears}
        />,
      );
      const years = screen.getByRole('group', { name: 'Dockings per year' });
      return { onPickYears, buttons: within(years).getAllByRole('button') };
    };
    afterEach(() => vi.restoreAllMocks());

    it('has a column a year where each year has 4 px or more', () => {
      const { buttons } = chartAt(220);
      expect(buttons).toHaveLength(55);
      expect(buttons[0]).toHaveAccessibleName(new RegExp(`^1972: ${dockedIn(1972, 1972)} docking`));
    });

    it('shares a column among as few years as reach 4 px, and picks them together', async () => {
      // 55 years × 4 px in 100 px: three years a column, the last holding 2026 alone.
      const { buttons, onPickYears } = chartAt(100);
      expect(buttons).toHaveLength(19);
      expect(buttons[0]).toHaveAccessibleName(
        new RegExp(`^1972–1974: ${dockedIn(1972, 1974)} dockings — `),
      );
      expect(buttons[17]).toHaveAccessibleName(
        new RegExp(`^2023–2025: ${dockedIn(2023, 2025)} dockings — `),
      );
      expect(buttons[18]).toHaveAccessibleName(
        new RegExp(`^2026: ${dockedIn(2026, 2026)} docking`),
      );
      await userEvent.click(buttons[1]!);
      expect(onPickYears).toHaveBeenCalledWith(1975, 1977);
    });

    it('lists every year in its table, made when the table is opened', async () => {
      chartAt(100);
      expect(screen.queryByRole('table', { name: 'Dockings per year' })).not.toBeInTheDocument();
      await userEvent.click(screen.getByText('Traffic per year as a table'));
      const table = await screen.findByRole('table', { name: 'Dockings per year' });
      // A header row and a row a year.
      expect(within(table).getAllByRole('row')).toHaveLength(56);
    });
  });
});
