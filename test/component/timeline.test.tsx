import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp, serveDevPage } from '../support/render-app';

const timeline = () => screen.getByRole('group', { name: 'Port-occupancy timeline' });

describe('the timeline', () => {
  it('draws one named bar per stay of the real page, in lanes by port', async () => {
    serveDevPage();
    renderApp();
    await screen.findByRole('heading', { name: '5 events' });
    // The stays' buttons follow the lanes once the page is still.
    const bars = await waitFor(() => {
      const shown = within(timeline()).getAllByRole('button');
      expect(shown).toHaveLength(5);
      return shown;
    });
    expect(bars.map((bar) => bar.getAttribute('aria-label')).sort()).toEqual([
      'Cargo Dragon C209 at Harmony zenith, 22 Apr 2025 – 23 May 2025',
      'Crew Dragon Grace at Harmony zenith, 26 Jun 2025 – 14 Jul 2025',
      'Cygnus CRS NG-23 (S.S. William “Willie” C. McCool) at Unity nadir, 18 Sep 2025 – 12 Mar 2026',
      'HTV-X1 at Harmony nadir, 29 Oct 2025 – 6 Mar 2026',
      expect.stringMatching(
        /^Progress MS-32 at Zvezda aft, 13 Sep 2025 – still docked as of \d+ \w+ \d{4}$/,
      ),
    ]);
    for (const port of ['Harmony zenith', 'Harmony nadir', 'Unity nadir', 'Zvezda aft']) {
      expect(within(timeline()).getByText(port)).toBeInTheDocument();
    }
    expect(screen.getByText(/^5 stays at 4 ports of 1 station or target/)).toBeInTheDocument();
  });

  it('zooms with the buttons into the view’s from/to, and Fit all clears them', async () => {
    serveDevPage();
    const { user } = renderApp('?from=2025-01-01&to=2025-12-31');
    await screen.findByRole('heading', { name: /of 5 events|5 events/ });
    expect(screen.getByText('1 Jan 2025 – 31 Dec 2025 · UTC')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    await waitFor(() => expect(window.location.search).toBe('?from=2025-03-03&to=2025-10-31'));
    await user.click(screen.getByRole('button', { name: 'Fit all' }));
    await waitFor(() => expect(window.location.search).toBe(''));
  });

  it('Enter on a bar opens its event in the drawer', async () => {
    serveDevPage();
    const { user } = renderApp();
    await screen.findByRole('heading', { name: '5 events' });
    const bar = await within(timeline()).findByRole('button', { name: /^HTV-X1 at Harmony nadir/ });
    act(() => bar.focus());
    expect(screen.getByRole('tooltip')).toHaveTextContent('HTV-X1');
    await user.keyboard('{Enter}');
    expect(
      await screen.findByRole('dialog', { name: 'HTV-X1 at Harmony nadir' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toBe('?event=631'));
  });

  it('is one Tab stop; the arrow keys move between stays, lane by lane', async () => {
    serveDevPage();
    const { user } = renderApp();
    await screen.findByRole('heading', { name: '5 events' });
    const bars = await waitFor(() => {
      const shown = within(timeline()).getAllByRole('button');
      expect(shown).toHaveLength(5);
      return shown;
    });
    expect(bars.filter((bar) => bar.tabIndex === 0)).toHaveLength(1);
    const named = (name: RegExp) => within(timeline()).getByRole('button', { name });

    act(() => named(/^HTV-X1 at Harmony nadir/).focus());
    // Right: the next stay, here the first of the next lane (Harmony zenith, in time order).
    await user.keyboard('{ArrowRight}');
    expect(named(/^Cargo Dragon C209 at Harmony zenith/)).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(named(/^Crew Dragon Grace at Harmony zenith/)).toHaveFocus();
    // Up: the stay of the lane above nearest in time; the focused stay is now the Tab stop.
    await user.keyboard('{ArrowUp}');
    expect(named(/^HTV-X1 at Harmony nadir/)).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(named(/^Crew Dragon Grace at Harmony zenith/)).toHaveFocus();
    expect(named(/^Crew Dragon Grace at Harmony zenith/).tabIndex).toBe(0);
    expect(named(/^HTV-X1 at Harmony nadir/).tabIndex).toBe(-1);
    // The keys move focus only: the window did not pan.
    expect(window.location.search).toBe('');
  });

  it('keeps focus on a stay when going Back takes away the lanes above it', async () => {
    serveDevPage();
    renderApp();
    await screen.findByRole('heading', { name: '5 events' });
    const grace = await within(timeline()).findByRole('button', {
      name: /^Crew Dragon Grace at Harmony zenith/,
    });
    act(() => grace.focus());
    // A view reached by Back or Forward: only the Dragons' lane, Harmony zenith, is left.
    act(() => {
      window.history.pushState(null, '', '/?q=dragon');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(await screen.findByRole('heading', { name: '2 of 5 events' })).toBeInTheDocument();
    await waitFor(() => expect(within(timeline()).getAllByRole('button')).toHaveLength(2));
    expect(within(timeline()).queryByText('Harmony nadir')).not.toBeInTheDocument();
    expect(grace).toHaveFocus();
  });

  it('a zoom redraws the timeline at once; the link and the table follow when it pauses', async () => {
    serveDevPage();
    renderApp('?from=2025-01-01&to=2025-12-31');
    await screen.findByRole('heading', { name: '5 events' });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
      fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
      // The timeline shows the new window…
      expect(screen.getByText('13 Apr 2025 – 21 Sep 2025 · UTC')).toBeInTheDocument();
      // …while the link and the table wait for the gesture to pause.
      expect(window.location.search).toBe('?from=2025-01-01&to=2025-12-31');
      expect(screen.getByRole('heading', { name: '5 events' })).toBeInTheDocument();
      act(() => vi.advanceTimersByTime(1000));
    } finally {
      vi.useRealTimers();
    }
    await waitFor(() => expect(window.location.search).toBe('?from=2025-04-13&to=2025-09-21'));
    // HTV-X1 docked on 29 Oct 2025, after the window: the other four overlap it.
    expect(await screen.findByRole('heading', { name: '4 of 5 events' })).toBeInTheDocument();
  });
});
