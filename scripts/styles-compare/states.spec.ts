import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { fakeLL2, type FakeLL2 } from '../../test/e2e/ll2-routes';
import { generateDockingHistory } from '../../test/support/generate-history';

/*
 * Each state is opened on the baseline build and on this one, under the same fixed clock and data;
 * every element's computed style is read and the two compared. Differences are listed per state
 * (element path, property, before → after); screenshots of both go to .styles-compare/.
 */

const EVENTS = generateDockingHistory({ seed: 2026, count: 555 });
const BUILDS = { baseline: 'http://localhost:4178', current: 'http://localhost:4174' };
const OUT = '.styles-compare';
mkdirSync(OUT, { recursive: true });

interface State {
  name: string;
  path: string;
  dark?: boolean;
  narrow?: boolean;
  /** The page is not expected to finish loading (a pending first page). */
  pending?: boolean;
  then?: (page: Page, fake: FakeLL2) => Promise<void>;
}

const STATES: State[] = [
  { name: 'light', path: '/' },
  { name: 'dark, filtered', path: '/?station=4&sort=-duration', dark: true },
  { name: 'phone', path: '/', narrow: true },
  {
    name: 'phone, dark, filters open',
    path: '/?station=4&status=docked',
    dark: true,
    narrow: true,
    then: (page) => page.getByRole('button', { name: /^Filters/ }).click(),
  },
  { name: 'drawer', path: `/?event=${EVENTS[3]!.id}` },
  { name: 'drawer, phone, dark', path: `/?event=${EVENTS[3]!.id}`, dark: true, narrow: true },
  {
    name: 'facet pop-up',
    path: '/',
    then: (page) => page.getByRole('button', { name: 'Station filter' }).click(),
  },
  {
    name: 'settings, dark',
    path: '/',
    dark: true,
    then: (page) => page.getByRole('button', { name: 'Settings' }).click(),
  },
  { name: 'docked at a past instant', path: '/?at=2015-03-10T12:00Z&station=4' },
  {
    name: 'timeline tooltip',
    path: '/',
    // The pointer over the first stay: an SVG bar in older builds, the canvas's drawing now.
    then: async (page) => {
      const box = (await page.locator('[data-bar-id]').first().boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    },
  },
  {
    name: 'traffic year focused',
    path: '/',
    then: async (page) => {
      await page.locator('.traffic-year').nth(3).focus();
      await page.keyboard.press('ArrowRight');
    },
  },
  { name: 'loading', path: '/?q=x', pending: true },
  {
    name: 'refresh failed',
    path: '/',
    then: async (page, fake) => {
      fake.override = async (route) => {
        await route.fulfill({ status: 503, body: 'down' });
        return true;
      };
      await page.getByRole('button', { name: 'Refresh' }).click();
      await expect(page.getByRole('alert')).toBeVisible();
    },
  },
];

interface Styles {
  properties: string[];
  /** Per element (its path of tag names and sibling positions), the values in `properties` order. */
  values: Record<string, string[]>;
}

/** Every element's computed style. */
function computedStyles(): Styles {
  const pathOf = (element: Element): string => {
    const parts: string[] = [];
    for (let e: Element | null = element; e; e = e.parentElement) {
      const index = e.parentElement ? [...e.parentElement.children].indexOf(e) : 0;
      parts.unshift(`${e.tagName.toLowerCase()}:${index}`);
    }
    return parts.join('>');
  };
  const first = getComputedStyle(document.documentElement);
  const properties = Array.from({ length: first.length }, (_, i) => first[i]!);
  const values: Record<string, string[]> = {};
  for (const element of [document.documentElement, ...document.querySelectorAll('body *')]) {
    const style = getComputedStyle(element);
    values[pathOf(element)] = properties.map((property) => style.getPropertyValue(property));
  }
  return { properties, values };
}

async function open(page: Page, base: string, state: State) {
  // The same start for both builds: relative times and the "now" line do not differ. The clock
  // then runs (a frozen one would stall the paced loading of the history).
  await page.clock.setSystemTime(new Date('2026-11-29T12:00:00Z'));
  if (state.dark) await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize(
    state.narrow ? { width: 375, height: 812 } : { width: 1440, height: 900 },
  );
  const fake = await fakeLL2(page, EVENTS);
  if (state.pending) fake.delayMs = 60_000;
  await page.goto(`${base}${state.path}`);
  if (!state.pending) {
    await expect(page.getByRole('heading', { name: /555 events$/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Port statistics' })).toHaveAttribute(
      'aria-busy',
      'false',
    );
  }
  await state.then?.(page, fake);
  // Hover and focus styles, and the drawer's lazy stylesheet, settle.
  await page.waitForTimeout(400);
}

for (const state of STATES) {
  test(state.name, async ({ browser }) => {
    const read: Partial<Record<keyof typeof BUILDS, Styles>> = {};
    for (const build of ['baseline', 'current'] as const) {
      const page = await browser.newPage();
      await open(page, BUILDS[build], state);
      read[build] = await page.evaluate(computedStyles);
      await page.screenshot({ path: `${OUT}/${state.name.replace(/\W+/g, '-')}-${build}.png` });
      await page.close();
    }
    const baseline = read.baseline!;
    const current = read.current!;
    const indexNow = new Map(current.properties.map((property, index) => [property, index]));
    const differences: string[] = [];
    for (const path of new Set([...Object.keys(baseline.values), ...Object.keys(current.values)])) {
      const before = baseline.values[path];
      const after = current.values[path];
      if (!before || !after) {
        differences.push(`${path}: ${before ? 'gone' : 'new'}`);
        continue;
      }
      baseline.properties.forEach((property, index) => {
        const now = after[indexNow.get(property) ?? -1];
        // The loading skeleton's shimmer moves with the compositor's clock, not the page's.
        if (state.pending && property.startsWith('background-position')) return;
        if (before[index] !== now)
          differences.push(`${path} ${property}: ${before[index]} → ${now}`);
      });
    }
    console.log(
      `${state.name}: ${Object.keys(current.values).length} elements, ${differences.length} differences`,
    );
    for (const line of differences.slice(0, 20)) console.log(`  ${line}`);
    expect(differences, 'computed styles that differ from the baseline').toEqual([]);
  });
}
