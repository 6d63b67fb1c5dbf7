import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { createQueryClient } from '../../src/api/query-client';
import { App } from '../../src/app/app';
import { AppProviders } from '../../src/app/providers';
import { devDockingPage } from './fixtures';
import { server } from './msw-server';

export const EVENTS_URL = 'https://ll.thespacedevs.com/2.3.0/docking_events/';

/** The bundled sample, as the app's own origin serves it. */
export const sampleHandler = http.get('*/sample/docking-events.json', () =>
  HttpResponse.json(devDockingPage()),
);

/** The app at `search`, with a fresh cache (the app's own, without retries). */
export function renderApp(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  const client = createQueryClient({ retry: false });
  const user = userEvent.setup();
  const view = render(
    <AppProviders client={client}>
      <App />
    </AppProviders>,
  );
  return { ...view, user, client };
}

/** LL2 answering every page with the real development page. */
export function serveDevPage(
  transform: (page: ReturnType<typeof devDockingPage>) => unknown = (page) => page,
) {
  server.use(http.get(EVENTS_URL, () => HttpResponse.json(transform(devDockingPage()) as object)));
}
