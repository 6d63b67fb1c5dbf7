#!/usr/bin/env node
/*
 * npm run styles:compare -- <git revision> [playwright options]: builds that revision beside the
 * working tree and compares every element's computed style in a dozen states of the page (light,
 * dark, phone, drawer, dialog, pop-up, tooltip, loading, error). For a change that should not
 * show: a stylesheet split, a component refactor. Fails when anything differs, and says what.
 */
import { spawnSync } from 'node:child_process';
import { revisionArgument, withBaselineBuild } from './baseline-build.mjs';

const revision = revisionArgument('styles:compare');

withBaselineBuild(revision, (baselineDist) => {
  const compare = spawnSync(
    'npx',
    ['playwright', 'test', '-c', 'playwright.styles.config.ts', ...process.argv.slice(3)],
    { stdio: 'inherit', env: { ...process.env, STYLES_BASELINE_DIST: baselineDist } },
  );
  if (compare.status !== 0) process.exitCode = 1;
});
