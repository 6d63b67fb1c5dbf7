import { defineConfig } from '@playwright/test';
import baseConfig from './playwright.config';

/**
 * `npm run styles:compare -- <rev>`: the page in a dozen states on two builds, every element's
 * computed style compared. Not part of the test command: run it when a change should not show.
 */
export default defineConfig({
  ...baseConfig,
  testDir: 'scripts/styles-compare',
  timeout: 120_000,
  expect: { timeout: 30_000 },
  workers: 1,
  reporter: [['line']],
  webServer: [
    {
      command: `npx vite preview --outDir ${process.env.STYLES_BASELINE_DIST} --port 4178 --strictPort`,
      url: 'http://localhost:4178',
      reuseExistingServer: false,
    },
    {
      command: 'npx vite preview --port 4174 --strictPort',
      url: 'http://localhost:4174',
      reuseExistingServer: false,
    },
  ],
});
