import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

/**
 * Every test starts with one handler only: the app's host has no snapshot, as a build made without
 * `npm run snapshot`. Any other request a test did not plan for fails it.
 */
export const noSnapshotHandler = http.get(
  '*/snapshot/docking-events.json',
  () => new HttpResponse(null, { status: 404 }),
);

export const server = setupServer(noSnapshotHandler);
