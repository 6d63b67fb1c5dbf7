import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The drawer and settings load on first use; on a busy machine that can take more than a second.
configure({ asyncUtilTimeout: 4000 });

// jsdom lays nothing out; give elements a desktop-sized box so the virtualized table renders rows.
Object.defineProperties(HTMLElement.prototype, {
  clientWidth: { configurable: true, get: () => 1200 },
  clientHeight: { configurable: true, get: () => 800 },
});
// …and nothing resizes: an observer of size reports that box once, when it starts observing (a
// browser reports it after its next layout).
globalThis.ResizeObserver ??= class {
  constructor(private readonly report: ResizeObserverCallback) {}
  observe(target: Element) {
    this.report([{ target } as ResizeObserverEntry], this);
  }
  unobserve() {}
  disconnect() {}
};

// …and draws nothing: a canvas has no context (jsdom would log "not implemented" for each).
HTMLCanvasElement.prototype.getContext = () => null;

afterEach(() => {
  // The app writes its view to the URL once input pauses; a write still waiting would land in the
  // next test. A popstate (what Back sends) makes the URL-state library drop waiting writes.
  window.dispatchEvent(new PopStateEvent('popstate'));
  cleanup();
});
