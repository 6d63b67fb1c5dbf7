import type { Page } from '@playwright/test';

/**
 * The view's window once a timeline gesture has settled. The link is written each time a gesture
 * pauses (150 ms), so a slow machine can write one in the middle of it: the window the gesture
 * ended on is the one that then holds (here, for 400 ms).
 */
export async function settledWindow(
  page: Page,
): Promise<{ from: string | null; to: string | null }> {
  for (let last = page.url(); ; last = page.url()) {
    await page.waitForTimeout(400);
    if (page.url() === last) {
      const params = new URL(last).searchParams;
      return { from: params.get('from'), to: params.get('to') };
    }
  }
}
