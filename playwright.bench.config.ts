import { defineConfig } from '@playwright/test';
import baseConfig from './playwright.config';
import { STAND_IN_API, STAND_IN_APP_PORT } from './bench/stand-in';

/**
 * `npm run bench`: the measurements, in Debian's Chromium, against the production build (and a bare
 * React page for the floors). Not part of the test command: it reports, it does not judge.
 */
export default defineConfig({
  ...baseConfig,
  testDir: 'bench',
  testMatch: 'bench.spec.ts',
  timeout: 15 * 60_000,
  expect: { timeout: 120_000 },
  workers: 1,
  reporter: [['line']],
  use: { ...baseConfig.use, viewport: { width: 1440, height: 900 } },
  webServer: [
    // `npm run bench:compare`: the baseline build, served beside this one.
    ...(process.env.BENCH_BASELINE_DIST
      ? [
          {
            command: `npx vite preview --outDir ${process.env.BENCH_BASELINE_DIST} --port 4177 --strictPort`,
            url: 'http://localhost:4177',
            reuseExistingServer: false,
          },
        ]
      : []),
    {
      command:
        'npx vite build --outDir .bench/stand-in-dist --logLevel warn && ' +
        `npx vite preview --outDir .bench/stand-in-dist --port ${STAND_IN_APP_PORT} --strictPort`,
      env: { VITE_LL2_BASE_URL: STAND_IN_API },
      url: `http://localhost:${STAND_IN_APP_PORT}`,
      timeout: 240_000,
      reuseExistingServer: false,
    },
    {
      command: 'npx vite preview --port 4174 --strictPort',
      url: 'http://localhost:4174',
      reuseExistingServer: false,
    },
    {
      command: 'npx vite preview -c bench/floor/vite.config.ts',
      url: 'http://localhost:4176',
      reuseExistingServer: false,
    },
  ],
});
