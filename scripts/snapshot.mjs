#!/usr/bin/env node
// Runs scripts/snapshot.ts with Vite's module runner, so it uses the app's own TypeScript modules.
import { runnerImport } from 'vite';

const { module } = await runnerImport(new URL('./snapshot.ts', import.meta.url).pathname, {
  configFile: false,
  logLevel: 'error',
});
process.exitCode = await module.main();
