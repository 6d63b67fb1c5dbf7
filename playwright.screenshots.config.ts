import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/** `npm run screenshots`: the README's and docs' pictures, taken with Debian's Chromium. */
export default defineConfig({
  ...base,
  testDir: 'scripts/screenshots',
  reporter: 'list',
  workers: 1,
});
