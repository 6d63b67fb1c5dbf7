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
// …and nothing resizes: observers of size have nothing to report.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

// …and draws nothing: a canvas has no context (jsdom would log "not implemented" for each).
HTMLCanvasElement.prototype.getContext = () => null;

afterEach(() => cleanup());
