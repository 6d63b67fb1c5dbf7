import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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
});
