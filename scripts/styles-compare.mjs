#!/usr/bin/env node
/*
 * npm run styles:compare -- <git revision> [playwright options]: builds that revision beside the working tree and
 * compares every element's computed style in a dozen states of the page (light, dark, phone,
 * drawer, dialog, pop-up, tooltip, loading, error). For a change that should not show: a
 * stylesheet split, a component refactor. Fails when anything differs, and says what.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const revision = process.argv[2];
if (!revision) {
  console.error('usage: npm run styles:compare -- <git revision>');
  process.exit(2);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

const worktree = mkdtempSync(join(tmpdir(), 'styles-baseline-'));
try {
  run('git', ['worktree', 'add', '--detach', worktree, revision]);
  symlinkSync(resolve('node_modules'), join(worktree, 'node_modules'));
  console.log(`Building ${revision} and the working tree…`);
  run('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: worktree });
  run('npx', ['vite', 'build', '--logLevel', 'warn']);
  const extra = process.argv.slice(3);
  const compare = spawnSync(
    'npx',
    ['playwright', 'test', '-c', 'playwright.styles.config.ts', ...extra],
    {
      stdio: 'inherit',
      env: { ...process.env, STYLES_BASELINE_DIST: join(worktree, 'dist') },
    },
  );
  if (compare.status !== 0) process.exitCode = 1;
} finally {
  run('git', ['worktree', 'remove', '--force', worktree]);
}
