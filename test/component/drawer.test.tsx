import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { devDockingPage } from '../support/fixtures';
import { launchJson } from '../support/launch-fixture';
import { server } from '../support/msw-server';
import { EVENTS_URL, renderApp, sampleHandler, serveDevPage } from '../support/render-app';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const API = 'https://ll.thespacedevs.com/2.3.0';

/** A real event from the development page, to be reshaped into the kinds the page lacks. */
function realEvent(id: number): Json {
  const event = devDockingPage().results.find((result) => result.id === id);
  if (!event) throw new Error(`no event ${id} in the fixture`);
  return event as Json;
}

function serveEvents(events: Json[]) {
  server.use(
    http.get(EVENTS_URL, () =>
      HttpResponse.json({ count: events.length, next: null, previous: null, results: events }),
    ),
  );
}

async function openDrawer(search: string) {
  const rendered = renderApp(search);
  const drawer = await screen.findByRole('dialog', { name: /at|not found/ });
  return { ...rendered, drawer };
}

/** The value shown beside a label in the drawer's fact lists. */
function fact(drawer: HTMLElement, label: string): string | null | undefined {
  const term = within(drawer)
    .getAllByRole('term')
    .find((dt) => dt.textContent === label);
  if (!term) throw new Error(`no "${label}" in the drawer`);
  return term.nextElementSibling?.textContent;
}

function expectNoJunk(drawer: HTMLElement) {
  expect(drawer.textContent).not.toMatch(/\bnull\b|\bundefined\b|\bNaN\b|Invalid Date/);
}

describe('the event drawer, for each real event', () => {
  it('622: a Cargo Dragon that splashed down', async () => {
    serveDevPage();
    const { drawer } = await openDrawer('?event=622');
    expect(drawer).toHaveAccessibleName('Cargo Dragon C209 at Harmony zenith');
    expect(fact(drawer, 'Station')).toBe('International Space Station');
    expect(fact(drawer, 'Port')).toBe('Harmony zenith');
    expect(fact(drawer, 'Docked')).toMatch(/^22 Apr 2025 12:40 UTC \d+ years? ago$/);
    expect(fact(drawer, 'Departed')).toMatch(/^23 May 2025 16:05 UTC \d+ (years?|days) ago$/);
    expect(fact(drawer, 'Time at the port')).toBe('31 d 3 h 25 min');
    expect(fact(drawer, 'Status')).toBe('Departed');
    expect(fact(drawer, 'Serial number')).toBe('C209');
    expect(fact(drawer, 'Vehicle')).toBe('Cargo Dragon 2');
    expect(fact(drawer, 'Type')).toBe('Capsule');
    expect(fact(drawer, 'Agency')).toBe('SpaceX (SpX)');
    expect(fact(drawer, 'Family')).toBe('Dragon, Dragon 2');
    expect(fact(drawer, 'Flights')).toBe('5');
    expect(fact(drawer, 'Time in space')).toBe('175 d 23 h 36 min');
    expect(fact(drawer, 'Time docked')).toBe('163 d 1 h 25 min');
    expect(fact(drawer, 'In space now')).toBe('No');
    expect(fact(drawer, 'Fastest turnaround')).toBe('164 d 6 h 38 min');
    expect(within(drawer).getByText('Second Cargo Dragon 2')).toBeInTheDocument();
    expect(within(drawer).getByText('Falcon 9 Block 5 | Dragon CRS-2 SpX-32')).toBeInTheDocument();
    expect(fact(drawer, 'Attempted')).toBe('Yes');
    expect(fact(drawer, 'Outcome')).toBe('Success');
    expect(within(drawer).getByText(/^Parachute Landing — Unpowered landing/)).toBeInTheDocument();
    expect(fact(drawer, 'Location')).toBe('Pacific Ocean');
    expect(within(drawer).queryByText('No landing (destructive re-entry)')).toBeNull();

    const image = within(drawer).getByRole('img', { name: 'Cargo Dragon C209' });
    expect(image).toHaveAttribute('loading', 'lazy');
    expect(image).toHaveAttribute('referrerpolicy', 'no-referrer');
    expect(image.getAttribute('src')).toMatch(/^https:\/\//);
    const licence = within(drawer).getByRole('link', { name: 'NASA Image and Media Guidelines' });
    expect(licence).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(drawer).getByText(/Credit: NASA/)).toBeInTheDocument();
    expectNoJunk(drawer);
  });

  it('630: a Cygnus with no serial number, no image credit and a destructive re-entry', async () => {
    serveDevPage();
    const { drawer } = await openDrawer('?event=630');
    expect(drawer).toHaveAccessibleName(
      'Cygnus CRS NG-23 (S.S. William “Willie” C. McCool) at Unity nadir',
    );
    expect(fact(drawer, 'Serial number')).toBe('Not recorded');
    expect(fact(drawer, 'Status')).toBe('Departed');
    expect(fact(drawer, 'Fastest turnaround')).toBe('Not recorded');
    expect(fact(drawer, 'Time docked')).toBe('174 d 23 h 42 min');
    expect(within(drawer).getByText('No landing (destructive re-entry)')).toBeInTheDocument();
    expect(fact(drawer, 'Attempted')).toBe('No');
    expect(fact(drawer, 'Outcome')).toBe('Not attempted');
    expect(fact(drawer, 'Location')).toBe('Not recorded');
    expect(within(drawer).getByText(/Credit: not recorded · Licence: Unknown/)).toBeInTheDocument();
    expect(within(drawer).queryByRole('link')).toBeNull();
    expectNoJunk(drawer);
  });

  it('629: a Progress still docked, running in fresh data', async () => {
    serveDevPage();
    const { drawer } = await openDrawer('?event=629');
    expect(drawer).toHaveAccessibleName('Progress MS-32 at Zvezda aft');
    expect(fact(drawer, 'Departed')).toBe('Still docked');
    expect(fact(drawer, 'Time at the port')).toMatch(/^\d+ d \d+ h \d+ min and counting$/);
    expect(fact(drawer, 'Status')).toBe('Docked');
    expect(fact(drawer, 'Serial number')).toBe('MS-32 (No.462)');
    expect(fact(drawer, 'In space now')).toBe('Yes');
    expect(fact(drawer, 'Location')).toBe('South Pacific');
    expect(within(drawer).getByText('No landing (destructive re-entry)')).toBeInTheDocument();
    expectNoJunk(drawer);
  });

  it('629 from the bundled sample: docked only "as of" when the data was captured', async () => {
    server.use(
      http.get(EVENTS_URL, () => HttpResponse.error()),
      sampleHandler,
    );
    const { drawer } = await openDrawer('?event=629');
    expect(fact(drawer, 'Departed')).toBe('Still docked as of 5 Apr 2026 04:17 UTC');
    expect(fact(drawer, 'Time at the port')).toBe(
      '203 d 10 h 54 min (as of when the data was fetched)',
    );
    // The sample stands in for an unreachable API, which may be back by the time someone asks.
    expect(within(drawer).getByRole('button', { name: /Load launch details/ })).toBeInTheDocument();
  });

  it('624: a Crew Dragon, times in the local zone when tz=local', async () => {
    serveDevPage();
    const { drawer } = await openDrawer('?event=624&tz=local');
    expect(drawer).toHaveAccessibleName('Crew Dragon Grace at Harmony zenith');
    // The component tests run in Los Angeles (vite.config.ts): 10:31 UTC is 03:31 summer time there.
    expect(fact(drawer, 'Docked')).toMatch(/^26 Jun 2025 03:31 GMT-7 \d+ years? ago$/);
    expect(fact(drawer, 'Time docked')).toBe('18 d 0 h 44 min');
    expect(fact(drawer, 'Time at the port')).toBe('18 d 0 h 44 min');
    expect(within(drawer).getByText(/carrying 4 passengers/)).toBeInTheDocument();
    expectNoJunk(drawer);
  });

  it('631: HTV-X1, a module-less cargo ship with a Japanese agency', async () => {
    serveDevPage();
    const { drawer } = await openDrawer('?event=631');
    expect(drawer).toHaveAccessibleName('HTV-X1 at Harmony nadir');
    expect(fact(drawer, 'Agency')).toBe('Japan Aerospace Exploration Agency (JAXA)');
    expect(fact(drawer, 'Type')).toBe('Cargo Resupply');
    expect(within(drawer).getByText('H3-24 | HTV-X1')).toBeInTheDocument();
    expect(within(drawer).getByText('No landing (destructive re-entry)')).toBeInTheDocument();
    expectNoJunk(drawer);
  });
});

describe('the event drawer, for the kinds the real page lacks', () => {
  it('a payload chaser shows the payload, its operator and manufacturer', async () => {
    const event = realEvent(622);
    event.flight_vehicle_chaser = null;
    event.payload_flight_chaser = {
      id: 7001,
      destination: 'ISS',
      payload: {
        id: 8001,
        name: 'Bishop Airlock',
        type: { id: 3, name: 'Module' },
        manufacturer: { id: 1, name: 'Nanoracks', abbrev: 'NR' },
        operator: null,
        image: null,
        description: 'A commercial airlock module.',
      },
      launch: { id: 'abc-launch', name: 'Falcon 9 | CRS-21' },
      landing: null,
    };
    serveEvents([event]);
    const { drawer } = await openDrawer('?event=622');
    expect(drawer).toHaveAccessibleName('Bishop Airlock at Harmony zenith');
    expect(within(drawer).getByRole('heading', { name: 'Payload' })).toBeInTheDocument();
    expect(fact(drawer, 'Type')).toBe('Module');
    expect(fact(drawer, 'Manufacturer')).toBe('Nanoracks (NR)');
    expect(fact(drawer, 'Operator')).toBe('Not recorded');
    expect(within(drawer).getByText('A commercial airlock module.')).toBeInTheDocument();
    expect(within(drawer).getByText('Falcon 9 | CRS-21')).toBeInTheDocument();
    expectNoJunk(drawer);
  });

  it('a station-module chaser shows the module, and no launch or landing', async () => {
    const event = realEvent(622);
    event.flight_vehicle_chaser = null;
    event.space_station_chaser = { id: 77, name: 'Nauka', image: null };
    serveEvents([event]);
    const { drawer } = await openDrawer('?event=622');
    expect(drawer).toHaveAccessibleName('Nauka at Harmony zenith');
    expect(within(drawer).getByRole('heading', { name: 'Station module' })).toBeInTheDocument();
    const launch = within(drawer).getByRole('region', { name: 'Launch' });
    expect(launch).toHaveTextContent('LaunchNot recorded');
    const landing = within(drawer).getByRole('region', { name: 'Landing' });
    expect(landing).toHaveTextContent('LandingNot recorded');
    expectNoJunk(drawer);
  });

  it('no landing, no launch and no images read "Not recorded" and show no picture', async () => {
    const event = realEvent(624);
    event.flight_vehicle_chaser.landing = null;
    event.flight_vehicle_chaser.launch = null;
    event.flight_vehicle_chaser.spacecraft.image = null;
    event.flight_vehicle_chaser.spacecraft.spacecraft_config.image = null;
    event.flight_vehicle_chaser.spacecraft.time_in_space = null;
    event.flight_vehicle_chaser.spacecraft.flights_count = null;
    serveEvents([event]);
    const { drawer } = await openDrawer('?event=624');
    expect(within(drawer).queryByRole('img')).toBeNull();
    expect(within(drawer).getByRole('region', { name: 'Launch' })).toHaveTextContent(
      'LaunchNot recorded',
    );
    expect(within(drawer).getByRole('region', { name: 'Landing' })).toHaveTextContent(
      'LandingNot recorded',
    );
    expect(fact(drawer, 'Time in space')).toBe('Not recorded');
    expect(fact(drawer, 'Flights')).toBe('Not recorded');
    expectNoJunk(drawer);
  });

  it('a landing location with coordinates shows them', async () => {
    const event = realEvent(622);
    event.flight_vehicle_chaser.landing.landing_location.latitude = '29.51';
    event.flight_vehicle_chaser.landing.landing_location.longitude = -95.09;
    serveEvents([event]);
    const { drawer } = await openDrawer('?event=622');
    expect(fact(drawer, 'Location')).toBe('Pacific Ocean (29.51° N, 95.09° W)');
  });

  it('renders hostile text as text, and drops unsafe images and links', async () => {
    const event = realEvent(622);
    const craft = event.flight_vehicle_chaser.spacecraft;
    // jsdom runs no scripts, so this checks the text is shown as text; that nothing runs is
    // checked in a real browser (test/e2e/security.spec.ts).
    craft.name = '<img src=x onerror="window.hacked=1">';
    craft.description = '<script>window.hacked=1</script>';
    craft.image.thumbnail_url = 'javascript:alert(1)';
    craft.image.image_url = 'http://insecure.example/image.jpg';
    craft.image.license.link = 'javascript:alert(1)';
    craft.spacecraft_config.image = null;
    serveEvents([event]);
    const { drawer } = await openDrawer('?event=622');
    expect(drawer).toHaveAccessibleName('<img src=x onerror="window.hacked=1"> at Harmony zenith');
    expect(within(drawer).getByText('<script>window.hacked=1</script>')).toBeInTheDocument();
    expect(within(drawer).queryByRole('img')).toBeNull();
    expect(within(drawer).queryByRole('link')).toBeNull();
    expect(document.querySelector('script')).toBeNull();
  });
});

/** Previous or Next, once the table's rows (which follow the data a moment later) are in. */
async function enabledStepButton(name: 'Previous event' | 'Next event') {
  const button = screen.getByRole('button', { name });
  await waitFor(() => expect(button).toHaveAttribute('aria-disabled', 'false'));
  return button;
}

describe('opening, stepping and closing', () => {
  it('a click on a row opens its event and sets event= in the URL', async () => {
    serveDevPage();
    const { user } = renderApp();
    await screen.findByRole('heading', { name: '5 events' });
    await user.click(screen.getByRole('cell', { name: 'Crew Dragon Grace' }));
    const drawer = await screen.findByRole('dialog', {
      name: 'Crew Dragon Grace at Harmony zenith',
    });
    expect(drawer).toHaveFocus();
    await waitFor(() => expect(window.location.search).toBe('?event=624'));
  });

  it('Previous and Next, and the arrow keys, follow the table order; Escape closes', async () => {
    serveDevPage();
    const { user } = await openDrawer('?event=629');
    // Newest first: HTV-X1, Cygnus, Progress, Crew Dragon Grace, Cargo Dragon.
    await user.click(await enabledStepButton('Next event'));
    expect(
      await screen.findByRole('dialog', { name: 'Crew Dragon Grace at Harmony zenith' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toBe('?event=624'));
    await user.keyboard('{ArrowRight}');
    expect(
      await screen.findByRole('dialog', { name: 'Cargo Dragon C209 at Harmony zenith' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next event' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await user.keyboard('{ArrowLeft}{ArrowLeft}{ArrowLeft}');
    expect(await screen.findByRole('dialog', { name: /^Cygnus CRS NG-23/ })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(window.location.search).toBe(''));
    await waitFor(() =>
      expect(screen.getByRole('cell', { name: /^Cygnus CRS NG-23/ }).closest('tr')).toHaveFocus(),
    );
  });

  it('steps through the sorted order of the view', async () => {
    serveDevPage();
    const { user } = await openDrawer('?event=622&sort=spacecraft');
    await user.click(await enabledStepButton('Next event'));
    expect(
      await screen.findByRole('dialog', { name: 'Crew Dragon Grace at Harmony zenith' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous event' })).toHaveAttribute(
      'aria-disabled',
      'false',
    );
  });

  it('a malformed id says "Event not found" and sends no request for it', async () => {
    serveDevPage();
    const detailRequests: string[] = [];
    server.use(
      http.get(`${EVENTS_URL}:id/`, ({ request }) => {
        detailRequests.push(request.url);
        return HttpResponse.json({ detail: 'Not found.' }, { status: 404 });
      }),
    );
    const { drawer } = await openDrawer('?event=abc');
    expect(drawer).toHaveAccessibleName('Event not found');
    expect(within(drawer).getByText(/No docking event has this id/)).toBeInTheDocument();
    await screen.findByRole('heading', { name: '5 events' });
    expect(detailRequests).toEqual([]);
  });

  it('an id missing from the loaded history is asked for once; a 404 says "Event not found"', async () => {
    serveDevPage();
    const asked: string[] = [];
    server.use(
      http.get(`${EVENTS_URL}:id/`, ({ request, params }) => {
        asked.push(`${String(params.id)} mode=${new URL(request.url).searchParams.get('mode')}`);
        return HttpResponse.json(
          { detail: 'No DockingEvent matches the given query.' },
          { status: 404 },
        );
      }),
    );
    renderApp('?event=999');
    expect(await screen.findByRole('dialog', { name: 'Event not found' })).toBeInTheDocument();
    expect(asked).toEqual(['999 mode=normal']);
  });

  it('an id missing from the loaded history but known to the API is shown', async () => {
    serveDevPage();
    const extra = realEvent(622);
    extra.id = 42;
    extra.flight_vehicle_chaser.spacecraft.name = 'Dragon from a link';
    server.use(http.get(`${EVENTS_URL}42/`, () => HttpResponse.json(extra)));
    renderApp('?event=42');
    expect(
      await screen.findByRole('dialog', { name: 'Dragon from a link at Harmony zenith' }),
    ).toBeInTheDocument();
  });
});

describe('the launch', () => {
  const launchId = '6f25718d-40d8-4c74-be30-b70674a0dfb3';
  const launch = launchJson(
    launchId,
    'Falcon 9 Block 5 | Dragon CRS-2 SpX-32',
    '2025-04-21T08:15:00Z',
  );

  it('is fetched only on request, with one request, then shown again at once', async () => {
    serveDevPage();
    const requested: string[] = [];
    server.use(
      http.get(`${API}/launches/:id/`, ({ params }) => {
        requested.push(String(params.id));
        return HttpResponse.json(launch);
      }),
    );
    const { user, drawer } = await openDrawer('?event=622');
    expect(within(drawer).queryByText('Falcon 9 Block 5', { exact: true })).toBeNull();
    expect(requested).toEqual([]);
    await user.click(
      within(drawer).getByRole('button', { name: /Load launch details.*1 API request/ }),
    );
    expect(
      await within(drawer).findByText('Space Launch Complex 40, Cape Canaveral SFS, FL, USA'),
    ).toBeInTheDocument();
    expect(fact(drawer, 'Date')).toBe('21 Apr 2025 08:15 UTC');
    expect(fact(drawer, 'Rocket')).toBe('Falcon 9 Block 5');
    expect(fact(drawer, 'Status')).toBe('Departed');
    expect(within(drawer).getByText('Launch Successful')).toBeInTheDocument();
    expect(within(drawer).getByText('Cargo to the ISS.')).toBeInTheDocument();
    expect(requested).toEqual([launchId]);

    await user.click(within(drawer).getByRole('button', { name: 'Close details' }));
    await user.click(screen.getByRole('cell', { name: 'Cargo Dragon C209' }));
    const reopened = await screen.findByRole('dialog', { name: /Cargo Dragon C209/ });
    expect(within(reopened).getByText('Launch Successful')).toBeInTheDocument();
    expect(requested).toEqual([launchId]);
  });

  it('a failed launch request says so and offers to try again; the drawer stays', async () => {
    serveDevPage();
    server.use(http.get(`${API}/launches/:id/`, () => new HttpResponse('oops', { status: 404 })));
    const { user, drawer } = await openDrawer('?event=622');
    await user.click(within(drawer).getByRole('button', { name: /Load launch details/ }));
    expect(await within(drawer).findByRole('alert')).toHaveTextContent(
      'The launch could not be loaded: Launch Library 2 answered with HTTP 404',
    );
    expect(within(drawer).getByRole('button', { name: /Try again/ })).toBeInTheDocument();
    expect(fact(drawer, 'Serial number')).toBe('C209');
  });
});
