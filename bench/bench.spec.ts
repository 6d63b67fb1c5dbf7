import { expect, test, type Page } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fakeLL2, onlyHistoryRequests, waitForPersistedCache } from '../test/e2e/ll2-routes';
import { makeSnapshot, serveSnapshot } from '../test/e2e/snapshot-files';
import { generateDockingHistory } from '../test/support/generate-history';
import { startLL2StandIn } from '../test/support/ll2-stand-in';
import { STAND_IN_APP_PORT, STAND_IN_PORT } from './stand-in';

/*
 * The measurements of `npm run bench`, written to .bench/results.json for scripts/bench.mjs to print.
 * LL2 answers instantly from seeded generated histories, so the times are the app's own cost.
 */

const APP = 'http://localhost:4174';
const FLOOR = 'http://localhost:4176';
const RUNS = 25;
const WARMUP = 3;

type Figures = Record<string, unknown>;
const RESULTS = '.bench/results.json';

/** Adds figures to the results file at once, so a later failure loses nothing measured. */
function record(name: string, figures: unknown) {
  mkdirSync('.bench', { recursive: true });
  const results = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Figures) : {};
  results[name] = figures;
  writeFileSync(RESULTS, JSON.stringify(results, null, 2));
}

/** Records, at the frame they first show, the first table row and the whole history. */
async function watchLoad(page: Page, total: number) {
  await page.addInitScript((expected) => {
    const marks = { firstRows: null as number | null, allLoaded: null as number | null };
    (window as unknown as { __load: typeof marks }).__load = marks;
    const heading = `${expected.toLocaleString('en-US')} events`;
    const check = () => {
      if (marks.firstRows === null && document.querySelector('tbody tr[data-row-id]')) {
        marks.firstRows = performance.now();
      }
      if (
        marks.allLoaded === null &&
        [...document.querySelectorAll('h2')].some((h) => h.textContent === heading)
      ) {
        marks.allLoaded = performance.now();
      }
      if (marks.firstRows === null || marks.allLoaded === null) requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, total);
}

async function loadMarks(page: Page) {
  await page.waitForFunction(() => {
    const marks = (window as unknown as { __load?: { allLoaded: number | null } }).__load;
    return marks?.allLoaded != null;
  });
  // The table's and the timeline's code load after the first view, and a reload can show the
  // saved history's count before them: wait for both before measuring their inputs.
  await page.locator('tbody tr[data-row-id]').first().waitFor();
  await page.locator('.timeline-scroll').waitFor();
  return page.evaluate(
    () => (window as unknown as { __load: { firstRows: number; allLoaded: number } }).__load,
  );
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};
const summary = (values: number[]) => ({
  median: quantile(values, 0.5),
  p95: quantile(values, 0.95),
  runs: values.length,
});

type Scenario =
  'sort' | 'search' | 'station' | 'stationPaused' | 'zoom' | 'pan' | 'drawer' | 'floorTable';

/**
 * The pauses before each input of `stationPaused`: longer than the panels wait for input to
 * pause (200 ms), so each lands while they catch up with the one before, as a person's next
 * click does.
 */
const PAUSES_MS = [250, 300, 350];
const SCENARIOS = ['sort', 'search', 'station', 'zoom', 'pan', 'drawer', 'stationPaused'] as const;
/** Scenarios measured on a page opened again, from the view it opens with. */
const FRESH_PAGE: readonly Scenario[] = ['station', 'zoom', 'stationPaused'];

/**
 * Input-to-paint latency, measured in the page: the time from dispatching the input to the first
 * frame after the view shows its result (polled every frame, then one more frame for the paint).
 */
async function latency(
  page: Page,
  scenario: Scenario,
  runs: number,
  warmup = WARMUP,
): Promise<number[]> {
  return page.evaluate(
    async ({ scenario, runs, warmup, pauses }) => {
      const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
      const q = <T extends Element>(selector: string) => document.querySelector<T>(selector);
      const heading = () =>
        [...document.querySelectorAll('.table-panel h2')].map((h) => h.textContent).join();
      const range = () => q('.timeline-toolbar .muted')?.textContent ?? '';
      const firstRow = () => q('tbody tr[data-row-id]')?.textContent ?? '';
      const setInput = (input: HTMLInputElement, value: string) => {
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        setter.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      };
      const key = (target: Element | Document, k: string) =>
        target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));

      const sortButton = (label: string) =>
        [...document.querySelectorAll<HTMLButtonElement>('.sort-button')].find((b) =>
          b.textContent?.startsWith(label),
        )!;
      // Opens the station filter once; a page measured again keeps it open.
      if (scenario.startsWith('station') && !document.querySelector('.facet-panel')) {
        [...document.querySelectorAll<HTMLButtonElement>('.facet-button')]
          .find((b) => b.textContent?.startsWith('Station'))!
          .click();
        await frame();
        await frame();
      }

      type Input = { act: (i: number) => void; signature: () => string };
      const stationToggle: Input = {
        act: () => q<HTMLInputElement>('.facet-panel input[type="checkbox"]')!.click(),
        signature: heading,
      };
      const scenarios: Record<string, Input> = {
        sort: {
          act: (i) => sortButton(i % 2 ? 'Docked' : 'Spacecraft').click(),
          signature: firstRow,
        },
        search: {
          act: (i) => setInput(q<HTMLInputElement>('input[type="search"]')!, i % 2 ? '' : 'p'),
          signature: heading,
        },
        station: stationToggle,
        stationPaused: stationToggle,
        zoom: {
          act: (i) =>
            q<HTMLButtonElement>(`button[aria-label="Zoom ${i % 2 ? 'out' : 'in'}"]`)!.click(),
          signature: range,
        },
        pan: {
          act: (i) => key(q('.timeline-scroll')!, i % 2 ? 'ArrowLeft' : 'ArrowRight'),
          signature: range,
        },
        // The floor page (`bench/floor/table.tsx`): a bare React table's rows replaced.
        floorTable: {
          act: () => q<HTMLButtonElement>('#reorder')!.click(),
          signature: firstRow,
        },
        drawer: {
          act: (i) =>
            document.querySelectorAll<HTMLElement>('tbody tr[data-row-id]')[i % 10]!.click(),
          signature: () => q('[role="dialog"] h2')?.textContent ?? '',
        },
      };
      const { act, signature } = scenarios[scenario]!;
      const times: number[] = [];
      for (let i = 0; i < runs + warmup; i += 1) {
        let start: number;
        if (scenario === 'stationPaused') {
          // Timed from when the input was due: the time it waited for a busy page counts.
          const pause = pauses[i % pauses.length]!;
          start = performance.now() + pause;
          await new Promise((resolve) => setTimeout(resolve, pause));
        } else {
          await frame();
          start = performance.now();
        }
        const before = signature();
        act(i);
        while (signature() === before) {
          await frame();
          if (performance.now() - start > 10_000) throw new Error(`${scenario}: no change`);
        }
        await frame();
        const end = performance.now();
        if (i >= warmup) times.push(end - start);
        if (scenario === 'drawer') {
          key(document, 'Escape');
          while (q('[role="dialog"]')) await frame();
        }
      }
      return times;
    },
    { scenario, runs, warmup, pauses: PAUSES_MS },
  );
}

/** Frame times while something moves every frame, and the most elements of a kind on screen. */
async function frames(
  page: Page,
  what: 'table' | 'timeline' | 'pinch',
  count: number,
  selector: string,
) {
  return page.evaluate(
    async ({ what, count, selector }) => {
      const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
      const deltas: number[] = [];
      let most = 0;
      const table = document.querySelector<HTMLElement>('.table-scroll')!;
      const lanes = document.querySelector<SVGElement>('svg.timeline-lanes')!;
      const box = lanes.getBoundingClientRect();
      let x = box.left + box.width * 0.8;
      if (what === 'timeline') {
        lanes.dispatchEvent(
          new PointerEvent('pointerdown', {
            bubbles: true,
            clientX: x,
            clientY: box.top + 40,
            button: 0,
          }),
        );
      }
      let last = await frame();
      for (let i = 0; i < count; i += 1) {
        if (what === 'table') table.scrollTop += 150;
        else if (what === 'pinch') {
          // A trackpad's pinch: a small Ctrl+wheel event a frame, zooming in for the first half
          // (a scale of e^0.04 each) and back out for the second.
          document.querySelector('.timeline-scroll')!.dispatchEvent(
            new WheelEvent('wheel', {
              bubbles: true,
              cancelable: true,
              ctrlKey: true,
              deltaY: i < count / 2 ? -4 : 4,
              clientX: box.left + box.width / 2,
              clientY: box.top + 40,
            }),
          );
        } else {
          x -= 6;
          window.dispatchEvent(
            new PointerEvent('pointermove', { clientX: x, clientY: box.top + 40 }),
          );
        }
        const now = await frame();
        deltas.push(now - last);
        last = now;
        most = Math.max(most, document.querySelectorAll(selector).length);
      }
      if (what === 'timeline') window.dispatchEvent(new PointerEvent('pointerup', { clientX: x }));
      return { deltas, most };
    },
    { what, count, selector },
  );
}

async function heapBytes(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

for (const total of [555, 10_000]) {
  test(`load ${total} events: requests and times`, async ({ page }) => {
    const events = generateDockingHistory({ seed: total, count: total });
    const ll2 = await fakeLL2(page, events);
    await watchLoad(page, total);
    await page.goto(APP);
    const first = await loadMarks(page);
    const fullLoadRequests = ll2.requests.length;

    const figures: Figures = {
      firstRowsMs: first.firstRows,
      allLoadedMs: first.allLoaded,
      fullLoadRequests,
      fullLoadFloor: Math.ceil(total / 100),
      heapBytes: await heapBytes(page),
    };

    // A reload within the freshness window, then Refresh, then a loaded event's drawer.
    let persisted = true;
    try {
      await waitForPersistedCache(page, Math.ceil(total / 100), 120_000);
    } catch {
      persisted = false;
    }
    figures.persisted = persisted;
    // Again once the history is saved: read at the load's end, the heap can also hold what is
    // still on its way out (a copy being written, the views' previous derivations), 2.5 MB at
    // 10,000 in one reading out of five.
    figures.settledHeapBytes = await heapBytes(page);
    ll2.requests.length = 0;
    await page.reload();
    await loadMarks(page);
    await page.waitForTimeout(1000);
    figures.reloadRequests = ll2.requests.length;
    figures.reloadHistoryRequests = onlyHistoryRequests(ll2.requests).length;

    ll2.requests.length = 0;
    ll2.otherRequests.length = 0;
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect(page.getByText(/updated just now/)).toBeVisible();
    await page.waitForTimeout(500);
    figures.refreshRequests = ll2.requests.length;

    ll2.requests.length = 0;
    ll2.otherRequests.length = 0;
    await page.locator('tbody tr[data-row-id]').first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.waitForTimeout(500);
    figures.drawerRequests = ll2.requests.length + ll2.otherRequests.length;
    record(`load${total}`, figures);
  });
}

/**
 * The time to a whole history with LL2 answering from this machine over HTTP (see `stand-in.ts`),
 * beside the floor: the same pages fetched and parsed by a blank page, as many at a time as the app
 * asks for.
 */
for (const total of [555, 10_000]) {
  test(`load ${total} events from a stand-in over HTTP`, async ({ page }) => {
    const events = generateDockingHistory({ seed: total, count: total });
    const standIn = await startLL2StandIn(events, STAND_IN_PORT);
    try {
      // The floor first, from a blank page: nothing else runs beside it.
      const floorMs = await page.evaluate(
        async ({ baseUrl, pages }) => {
          const started = performance.now();
          let next = 0;
          const fetchInTurn = async () => {
            while (next < pages) {
              const offset = 100 * next++;
              const response = await fetch(
                `${baseUrl}/docking_events/?limit=100&offset=${offset}&mode=normal&ordering=-docking`,
                { cache: 'no-store' },
              );
              await response.json();
            }
          };
          await Promise.all([1, 2, 3, 4].map(fetchInTurn));
          return performance.now() - started;
        },
        { baseUrl: standIn.baseUrl, pages: Math.ceil(total / 100) },
      );
      standIn.requests.length = 0;
      await watchLoad(page, total);
      await page.goto(`http://localhost:${STAND_IN_APP_PORT}`);
      const first = await loadMarks(page);
      const requests = standIn.requests.filter((path) => path.includes('/docking_events/')).length;
      record(`http${total}`, {
        firstRowsMs: first.firstRows,
        allLoadedMs: first.allLoaded,
        requests,
        floorMs,
      });
    } finally {
      await standIn.close();
    }
  });
}

/**
 * The layouts the page's own script forces while the dashboard loads 555 events, from Chromium's
 * trace: a layout with script on the stack is one asked for by reading a size, and it lands in
 * that script's task (the first commit with data was one long task for that reason). Playwright's
 * own script, which finds elements by role, forces some too: those are not counted.
 */
test('layouts forced by script while loading 555 events', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline.stack',
    transferMode: 'ReturnAsStream',
  });
  await fakeLL2(page, generateDockingHistory({ seed: 555, count: 555 }));
  await watchLoad(page, 555);
  await page.goto(APP);
  await loadMarks(page);
  // Until the timeline's stays and the years of traffic are drawn too.
  await page.locator('.timeline-scroll canvas').waitFor();
  await page.locator('.traffic-years button').first().waitFor();
  await page.waitForTimeout(500);

  const traced = new Promise<string>((resolve) =>
    cdp.once('Tracing.tracingComplete', async ({ stream }) => {
      let text = '';
      for (;;) {
        const chunk = await cdp.send('IO.read', { handle: stream! });
        text += chunk.data;
        if (chunk.eof) break;
      }
      resolve(text);
    }),
  );
  await cdp.send('Tracing.end');
  const { traceEvents } = JSON.parse(await traced) as {
    traceEvents: {
      name: string;
      args?: { beginData?: { stackTrace?: { functionName: string; url: string }[] } };
    }[];
  };
  const layouts = traceEvents.filter((event) => event.name === 'Layout');
  const forcedBy = layouts
    .map((event) => event.args?.beginData?.stackTrace?.[0])
    .filter((frame) => frame?.url.startsWith(APP))
    .map((frame) => frame!.functionName || '(anonymous)');
  record('forcedLayouts', { layouts: layouts.length, forcedBy });
});

/**
 * The page's thread while it waits for LL2's first page (held here): what the placeholders cost
 * while the code and the data it is waiting for need that thread. Task time from CDP's metrics,
 * per second, over three seconds once the first view is up; the bare React page beside it.
 */
test("the page's thread while the first page is awaited", async ({ page }) => {
  const taskMsPerSecond = async (url: string) => {
    await page.goto(url);
    await page.waitForTimeout(1500);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const taskSeconds = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find(
        (metric) => metric.name === 'TaskDuration',
      )!.value;
    const before = await taskSeconds();
    await page.waitForTimeout(3000);
    return ((await taskSeconds()) - before) * (1000 / 3);
  };
  await page.route('**/docking_events/**', () => new Promise(() => {}));
  const app = await taskMsPerSecond(APP);
  await expect(page.getByRole('status', { name: 'Loading docking events' })).toBeVisible();
  record('waiting', { taskMsPerSecond: app, floorTaskMsPerSecond: await taskMsPerSecond(FLOOR) });
});

for (const total of [555, 10_000]) {
  test(`first visit to a build with a snapshot of ${total} events`, async ({ page }) => {
    const events = generateDockingHistory({ seed: total, count: total });
    const files = await makeSnapshot(await startLL2StandIn(events));
    await serveSnapshot(page, files);
    const ll2 = await fakeLL2(page, events);
    await watchLoad(page, total);
    await page.goto(APP);
    const first = await loadMarks(page);
    await expect(page.getByText(/updated just now/)).toBeVisible();
    await page.waitForTimeout(500);
    const bodies = [...files.values()];
    record(`snapshot${total}`, {
      firstRowsMs: first.firstRows,
      allLoadedMs: first.allLoaded,
      requests: ll2.requests.length + ll2.otherRequests.length,
      files: files.size,
      bytes: bodies.reduce((sum, body) => sum + Buffer.byteLength(body), 0),
      gzipBytes: bodies.reduce((sum, body) => sum + gzipSync(body).length, 0),
    });
  });
}

/** Records what the view's steps take in the page (the app's `view:…` measures). */
function recordViewSteps(page: Page) {
  return page.addInitScript(() => {
    const recorder = window as unknown as { viewSteps: Record<string, number[]> };
    recorder.viewSteps = {};
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (entry.name.startsWith('view:'))
          (recorder.viewSteps[entry.name] ??= []).push(entry.duration);
    }).observe({ type: 'measure' });
  });
}

/** The view's steps recorded since the last call, added to `steps`. */
async function takeViewSteps(page: Page, steps: Record<string, number[]> = {}) {
  const seen = await page.evaluate(() => {
    const recorder = window as unknown as { viewSteps: Record<string, number[]> };
    const taken = recorder.viewSteps;
    recorder.viewSteps = {};
    return taken;
  });
  for (const [name, durations] of Object.entries(seen)) (steps[name] ??= []).push(...durations);
  return steps;
}

const summarizedSteps = (steps: Record<string, number[]>) =>
  Object.fromEntries(Object.entries(steps).map(([name, durations]) => [name, summary(durations)]));

test('interaction latency, scrolling and panning at 10,000 events', async ({ page }) => {
  await recordViewSteps(page);
  const events = generateDockingHistory({ seed: 10_000, count: 10_000 });
  await fakeLL2(page, events);
  await watchLoad(page, 10_000);
  await page.goto(APP);
  await loadMarks(page);

  const latencies: Figures = {};
  // What the view's steps took during the interactions; the load's own are not an interaction's.
  const steps: Record<string, number[]> = {};
  await takeViewSteps(page);
  for (const scenario of SCENARIOS) {
    if (FRESH_PAGE.includes(scenario)) {
      await page.goto(APP);
      await loadMarks(page);
      await takeViewSteps(page);
    }
    latencies[scenario] = summary(await latency(page, scenario, RUNS));
    await takeViewSteps(page, steps);
    record('latency', latencies);
  }
  record('viewSteps', summarizedSteps(steps));

  await page.goto(APP);
  await loadMarks(page);
  const table = await frames(page, 'table', 150, 'tbody tr[data-row-id]');
  const allBars = await page.locator('[data-bar-id]').count();
  const panAll = await frames(page, 'timeline', 90, '[data-bar-id]');
  const pinchAll = await frames(page, 'pinch', 90, '[data-bar-id]');
  await page.goto(`${APP}/?from=2020-01-01&to=2020-12-31`);
  await expect(page.getByText('1 Jan 2020 – 31 Dec 2020 · UTC')).toBeVisible();
  const panYear = await frames(page, 'timeline', 90, '[data-bar-id]');
  record('frames', {
    tableScroll: { ...summary(table.deltas), domRows: table.most },
    timelinePanAll: { ...summary(panAll.deltas), bars: panAll.most, stays: allBars },
    timelinePinchAll: { ...summary(pinchAll.deltas), bars: pinchAll.most },
    timelinePanYear: { ...summary(panYear.deltas), bars: panYear.most },
  });
});

/*
 * How it grows: the history at the dashboard's cap, 100,000 events (1,000 pages). The load, the
 * heap, and each interaction with fewer runs than at 10,000 (each takes longer).
 */
const LARGEST = 100_000;
test(`at ${LARGEST.toLocaleString('en-US')} events: load, heap and interactions`, async ({
  page,
}) => {
  await recordViewSteps(page);
  const events = generateDockingHistory({ seed: LARGEST, count: LARGEST });
  const ll2 = await fakeLL2(page, events);
  await watchLoad(page, LARGEST);
  await page.goto(APP);
  const first = await loadMarks(page);
  const figures: Figures = {
    firstRowsMs: first.firstRows,
    allLoadedMs: first.allLoaded,
    fullLoadRequests: ll2.requests.length,
    fullLoadFloor: Math.ceil(LARGEST / 100),
    heapBytes: await heapBytes(page),
  };
  record(`scale${LARGEST}`, figures);
  // The history is saved before the page is opened again for the scenarios that start afresh.
  await waitForPersistedCache(page, Math.ceil(LARGEST / 100), 240_000);
  const latencies: Figures = {};
  const steps: Record<string, number[]> = {};
  await takeViewSteps(page);
  for (const scenario of SCENARIOS) {
    if (FRESH_PAGE.includes(scenario)) {
      await page.goto(APP);
      await loadMarks(page);
      await takeViewSteps(page);
    }
    // A step that shows nothing within 10 s is recorded as such; the other scenarios still run.
    latencies[scenario] = await latency(page, scenario, 10, 2).then(summary, (error: Error) => ({
      failed: error.message,
    }));
    await takeViewSteps(page, steps);
    record(`scale${LARGEST}`, {
      ...figures,
      latency: latencies,
      viewSteps: summarizedSteps(steps),
    });
  }
});

/*
 * `npm run bench:compare -- <git revision>`: the same interactions on a baseline build served beside
 * this one, measured in turns (a few runs on one, then on the other) so that the machine's
 * drift falls on both alike.
 */
const BASELINE = process.env.BENCH_BASELINE_URL;
if (BASELINE) {
  test('interaction latency at 10,000 events, in turns with a baseline build', async ({
    browser,
  }) => {
    const events = generateDockingHistory({ seed: 10_000, count: 10_000 });
    const open = async (url: string) => {
      const page = await (await browser.newContext()).newPage();
      await fakeLL2(page, events);
      await watchLoad(page, 10_000);
      await page.goto(url);
      await loadMarks(page);
      return page;
    };
    const builds = { baseline: await open(BASELINE), current: await open(APP) };
    // Turns of five runs (five turns unless BENCH_TURNS says), each after one warm-up: an even
    // count, so toggles end where they began.
    const TURNS = Number(process.env.BENCH_TURNS ?? 5);
    const figures: Figures = {};
    // BENCH_SCENARIOS=station,pan measures only those.
    const scenarios = (['sort', 'search', 'station', 'zoom', 'pan', 'drawer'] as const).filter(
      (scenario) => process.env.BENCH_SCENARIOS?.split(',').includes(scenario) ?? true,
    );
    for (const scenario of scenarios) {
      const times = { baseline: [] as number[], current: [] as number[] };
      for (let turn = 0; turn < TURNS; turn += 1) {
        for (const build of ['baseline', 'current'] as const) {
          await builds[build].bringToFront();
          times[build].push(...(await latency(builds[build], scenario, RUNS / 5, 1)));
          // Work a turn leaves behind (a throttled cache write, statistics that wait for a pause)
          // must not fall in the other build's turn: the two pages share the machine's cores.
          await builds[build].waitForTimeout(1500);
        }
      }
      figures[scenario] = { baseline: summary(times.baseline), current: summary(times.current) };
      record('compare', figures);
    }
  });
}

test('floor: a bare React page', async ({ page }) => {
  await page.goto(FLOOR);
  await expect(page.getByRole('heading', { name: 'Hello' })).toBeVisible();
  record('floor', { heapBytes: await heapBytes(page) });
});

test('floor: a bare React table whose rows are replaced', async ({ page }) => {
  await page.goto(`${FLOOR}/table.html`);
  await expect(page.getByRole('button', { name: 'Reorder' })).toBeVisible();
  record('floorTable', summary(await latency(page, 'floorTable', RUNS)));
});
