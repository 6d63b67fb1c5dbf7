import { setupServer } from 'msw/node';

/** Every test starts with no handlers: a request a test did not plan for fails it. */
export const server = setupServer();
