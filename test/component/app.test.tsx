import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { devDockingPage } from '../support/fixtures';
import { server } from '../support/msw-server';
import { EVENTS_URL, renderApp, sampleHandler, serveDevPage } from '../support/render-app';

const rowTexts = () =>
  within(screen.getByRole('table', { name: 'Docking events' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent);

describe('the dashboard', () => {
  it('shows the events in a table, newest docking first, with the count', async () => {
    serveDevPage();
    renderApp();
    expect(await screen.findByRole('heading', { name: '5 events' })).toBeInTheDocument();
    // The table's code follows the first view: its rows may come a moment after the count.
    await screen.findByRole('table', { name: 'Docking events' });
    expect(rowTexts()).toEqual([
      'HTV-X1',
      'Cygnus CRS NG-23 (S.S. William “Willie” C. McCool)',
      'Progress MS-32',
      'Crew Dragon Grace',
      'Cargo Dragon C209',
    ]);
    expect(screen.getByRole('columnheader', { name: /Docked/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(screen.getByText('22 Apr 2025 12:40 UTC')).toBeInTheDocument();
    // Relative beside exact: both on the page, no hover needed.
    const table = within(screen.getByRole('table', { name: 'Docking events' }));
    expect(table.getByText('22 Apr 2025 12:40 UTC').closest('td')).toHaveTextContent(
      /^22 Apr 2025 12:40 UTC \d+ years? ago$/,
    );
    expect(table.getByText('Still docked').closest('td')).toHaveTextContent(
      /^Still docked as of \d+ \w+ \d{4} \d\d:\d\d UTC$/,
    );
  });

  it('sorts by a column on click and writes the sort into the URL', async () => {
    serveDevPage();
    const { user } = renderApp();
    await screen.findByRole('heading', { name: '5 events' });
    await user.click(screen.getByRole('button', { name: /Spacecraft/ }));
    expect(screen.getByRole('columnheader', { name: /Spacecraft/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(rowTexts()[0]).toBe('Cargo Dragon C209');
    await waitFor(() => expect(window.location.search).toBe('?sort=spacecraft'));
  });

  it('Back straight after a click shows the entry before, and the click is not written after it', async () => {
    serveDevPage();
    window.history.replaceState(null, '', '/');
    window.history.pushState(null, '', '/?q=dragon');
    renderApp('?q=dragon');
    await screen.findByRole('heading', { name: /of 5 events$/ });
    await screen.findByRole('table', { name: 'Docking events' });
    // Within the pause before the URL is written: the click is on screen, not yet in the URL.
    fireEvent.click(screen.getByRole('button', { name: /Spacecraft/ }));
    window.history.back();

    expect(await screen.findByRole('heading', { name: '5 events' })).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(window.location.search).toBe('');
    expect(screen.getByRole('columnheader', { name: /Docked/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  it('filters by search text, says when nothing matches, and clears', async () => {
    serveDevPage();
    const { user } = renderApp();
    await screen.findByRole('heading', { name: '5 events' });
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'dragon');
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: '2 of 5 events' })).toBeInTheDocument(),
    );
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), ' zzz');
    expect(await screen.findByRole('status', { name: 'Results' })).toHaveTextContent(
      'No events match — clear filters',
    );
    expect(
      screen.getByText('No events match — clear filters', { selector: 'p:not([role])' }),
    ).toBeVisible();
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[1]!);
    expect(await screen.findByRole('heading', { name: '5 events' })).toBeInTheDocument();
  });

  it('writes the URL once a burst of typing pauses, not once per keystroke', async () => {
    serveDevPage();
    const { user } = renderApp();
    await screen.findByRole('heading', { name: '5 events' });
    const replaceState = vi.spyOn(window.history, 'replaceState');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'dragon');
    expect(screen.getByRole('heading', { name: '2 of 5 events' })).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toBe('?q=dragon'));
    expect(replaceState).toHaveBeenCalledTimes(1);
  }, 15_000);

  it('filters by station and port from the facet lists, with counts', async () => {
    serveDevPage();
    const { user } = renderApp();
    await screen.findByRole('heading', { name: '5 events' });
    await user.click(screen.getByRole('button', { name: 'Port filter' }));
    await user.click(
      screen.getByRole('checkbox', {
        name: 'Harmony zenith at International Space Station: 2 events',
      }),
    );
    expect(await screen.findByRole('heading', { name: '2 of 5 events' })).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toBe('?port=30'));
  });

  it('says how many events could not be read and shows the rest', async () => {
    serveDevPage((page) => ({ ...page, results: [...page.results, { id: 'bad' }, { id: 1 }] }));
    renderApp();
    expect(
      await screen.findByText('2 events could not be read and are left out.'),
    ).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: '5 events' })).toBeInTheDocument();
  });

  it('counts an unreadable event once when a refresh reads it again', async () => {
    const asked: string[] = [];
    server.use(
      http.get(EVENTS_URL, ({ request }) => {
        asked.push(request.url);
        const page = devDockingPage();
        return HttpResponse.json({ ...page, results: [...page.results, { id: 1 }, { id: 2 }] });
      }),
    );
    const { user } = renderApp();
    expect(
      await screen.findByText('2 events could not be read and are left out.'),
    ).toBeInTheDocument();
    const before = asked.length;
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    // The refresh asks for what changed since the newest page, and gets the two again.
    await waitFor(() => expect(asked.slice(before).join()).toContain('docking__gte'));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Refresh' })).toBeEnabled());
    expect(screen.getByText('2 events could not be read and are left out.')).toBeInTheDocument();
  });

  it('falls back to the bundled sample when the API cannot be reached', async () => {
    server.use(
      http.get(EVENTS_URL, () => HttpResponse.error()),
      sampleHandler,
    );
    const { user } = renderApp();
    expect(
      await screen.findByText(
        /Offline: Launch Library 2 could not be reached. Showing the bundled sample/,
      ),
    ).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: '5 events' })).toBeInTheDocument();
    const status = screen.getByRole('group', { name: 'Data status' });
    expect(status).toHaveTextContent('Data: Bundled sample');
    // Refresh asks LL2 again, as the banner's Retry does: it is back, and the history replaces the sample.
    serveDevPage();
    await user.click(within(status).getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(status).toHaveTextContent('Data: Live API'));
    expect(screen.queryByText(/Showing the bundled sample/)).not.toBeInTheDocument();
  });

  it('holds the panels’ places with grey rows while the first page is on its way', async () => {
    server.use(http.get(EVENTS_URL, () => delay('infinite')));
    renderApp();
    expect(await screen.findByRole('region', { name: 'Timeline' })).toHaveTextContent(
      /^Timeline: waiting for docking events…$/,
    );
    expect(screen.getByRole('status', { name: 'Loading docking events' })).toBeInTheDocument();
  });

  it('shows an error with Retry when neither the API nor the sample can be read', async () => {
    server.use(
      http.get(EVENTS_URL, () => new HttpResponse(null, { status: 500 })),
      http.get('*/sample/docking-events.json', () => new HttpResponse(null, { status: 404 })),
    );
    const { user } = renderApp();
    expect(await screen.findByText('Docking events could not be loaded')).toBeInTheDocument();
    const banner = screen
      .getAllByRole('alert')
      .find((alert) => alert.textContent?.startsWith('Could not load docking events'))!;
    expect(banner).toHaveTextContent(
      'Could not load docking events: Launch Library 2 answered with an error (HTTP 500).Retry',
    );
    // The panels beside the table say so too, rather than wait.
    expect(screen.getByRole('region', { name: 'Timeline' })).toHaveTextContent(
      /^Timeline: nothing to show, as the docking events could not be loaded\.$/,
    );
    expect(screen.getByRole('region', { name: 'Port statistics' })).toHaveTextContent(
      /^Port statistics: nothing to show, as the docking events could not be loaded\.$/,
    );
    expect(screen.getByRole('region', { name: 'Docked now' })).toHaveTextContent(
      'Nothing to show, as the docking events could not be loaded.',
    );
    expect(screen.getByRole('region', { name: 'Traffic per year' })).toHaveTextContent(
      'Nothing to show, as the docking events could not be loaded.',
    );
    // The API is back: Retry loads the history.
    serveDevPage();
    await user.click(within(banner).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: '5 events' })).toBeInTheDocument();
  });

  it('drops a bad link parameter with a notice and applies the rest', async () => {
    serveDevPage();
    renderApp('?station=abc&port=30');
    expect(await screen.findByRole('alert')).toHaveTextContent('station=abc');
    expect(await screen.findByRole('heading', { name: '2 of 5 events' })).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toBe('?port=30'));
  });

  it('copies the link of the view, and says so when the browser refuses', async () => {
    serveDevPage();
    const { user } = renderApp('?port=30');
    await screen.findByRole('heading', { name: '2 of 5 events' });
    const copied: string[] = [];
    const writeText = vi
      .spyOn(navigator.clipboard, 'writeText')
      .mockImplementation(async (text: string) => void copied.push(text));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied')).toBeInTheDocument();
    expect(copied).toEqual(['http://localhost:3000/?port=30']);

    // Copied at once after an input, before the address bar has caught up, the link still holds it.
    await user.click(screen.getByRole('button', { name: /Spacecraft/ }));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(copied[1]).toBe('http://localhost:3000/?port=30&sort=spacecraft');

    writeText.mockRejectedValue(new DOMException('Write permission denied.', 'NotAllowedError'));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Could not copy: copy the address bar')).toBeInTheDocument();
  });
});
