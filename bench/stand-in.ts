/**
 * The bench's second build, `.bench/stand-in-dist`, finds LL2 at a stand-in on this machine's
 * loopback over plain HTTP (`test/support/ll2-stand-in.ts` on STAND_IN_PORT). A request intercepted by
 * Playwright takes nearly three times as long as one to a local server (56 ms against 20 ms, one
 * after another), so the time to a whole history is measured there: the app's cost, not the
 * interception's.
 */
export const STAND_IN_PORT = 4178;
export const STAND_IN_API = `http://127.0.0.1:${STAND_IN_PORT}/2.3.0`;
/** Where that build is served. */
export const STAND_IN_APP_PORT = 4175;
