import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp, serveDevPage } from '../support/render-app';

// Switches that make one panel's code throw while rendering, to prove the others keep working.
const crash = vi.hoisted(() => ({ timeline: false, landing: false }));

vi.mock('../../src/domain/timeline', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/domain/timeline')>();
  return {
    ...actual,
    buildTimelineGroups: (...args: Parameters<typeof actual.buildTimelineGroups>) => {
      if (crash.timeline) throw new Error('Lanes could not be built.');
      return actual.buildTimelineGroups(...args);
    },
  };
});

vi.mock('../../src/features/details/landing-section', async (importOriginal) => {
  const actual =
    await importOriginal<typeof import('../../src/features/details/landing-section')>();
  return {
    ...actual,
    LandingSection: (props: Parameters<typeof actual.LandingSection>[0]) => {
      if (crash.landing) throw new Error('The landing could not be read.');
      return actual.LandingSection(props);
    },
  };
});

afterEach(() => {
  crash.timeline = false;
  crash.landing = false;
  vi.restoreAllMocks();
});

describe('a crash in one panel', () => {
  it('in the timeline shows a message with Retry there; filters and table keep working', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    crash.timeline = true;
    serveDevPage();
    const { user } = renderApp();
    expect(await screen.findByRole('heading', { name: '5 events' })).toBeInTheDocument();
    // The timeline's code loads after the first view: its panel may follow the table a moment later.
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Something went wrong in the timeline. Lanes could not be built.',
    );
    expect(screen.queryByRole('group', { name: 'Port-occupancy timeline' })).toBeNull();

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'dragon');
    expect(await screen.findByRole('heading', { name: '2 of 5 events' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Spacecraft/ }));
    expect(screen.getByRole('columnheader', { name: /Spacecraft/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );

    crash.timeline = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('group', { name: 'Port-occupancy timeline' }),
    ).toBeInTheDocument();
  }, 15_000); // The timeline's code is loaded during the test: seconds on a busy machine.

  it('in the drawer shows a message with Retry and Close; the table still opens other events', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    crash.landing = true;
    serveDevPage();
    const { user } = renderApp('?event=622');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Something went wrong in the event details. The landing could not be read.',
    );
    // The table follows the loaded events at low priority: it may show them a moment after.
    expect(await screen.findByRole('heading', { name: '5 events' })).toBeInTheDocument();

    crash.landing = false;
    await user.click(screen.getByRole('cell', { name: 'Crew Dragon Grace' }));
    expect(
      await screen.findByRole('dialog', { name: 'Crew Dragon Grace at Harmony zenith' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close details' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
