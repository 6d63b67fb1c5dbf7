#!/usr/bin/env node
/*
 * npm run bench:compare -- <git revision>: builds that revision beside the working tree and
 * measures the interactions at 10,000 events on both, in turns, in one Chromium. Prints each
 * build's median / p95 and the ratio current ÷ baseline. A shared machine's drift falls on both
 * builds alike, so the ratio is the figure to read.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const revision = process.argv[2];
if (!revision) {
  console.error('usage: npm run bench:compare -- <git revision>');
  process.exit(2);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

const worktree = mkdtempSync(join(tmpdir(), 'bench-baseline-'));
try {
  run('git', ['worktree', 'add', '--detach', worktree, revision]);
  symlinkSync(resolve('node_modules'), join(worktree, 'node_modules'));
  console.log(`Building ${revision} and the working tree…`);
  run('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: worktree });
  run('npx', ['vite', 'build', '--logLevel', 'warn']);
  run('npx', ['vite', 'build', '-c', 'bench/floor/vite.config.ts', '--logLevel', 'warn']);
  rmSync('.bench/results.json', { force: true });
  const bench = spawnSync(
    'npx',
    ['playwright', 'test', '-c', 'playwright.bench.config.ts', '-g', 'in turns'],
    {
      stdio: 'inherit',
      env: {
        ...process.env,
        BENCH_BASELINE_DIST: join(worktree, 'dist'),
        BENCH_BASELINE_URL: 'http://localhost:4177',
      },
    },
  );
  const results = existsSync('.bench/results.json')
    ? JSON.parse(readFileSync('.bench/results.json', 'utf8'))
    : {};
  const ms = (value) => `${Math.round(value)} ms`;
  console.log(
    `\n| Interaction at 10,000 | ${revision} | current | current ÷ ${revision} (median, p95) |`,
  );
  console.log('| --- | --- | --- | --- |');
  for (const [scenario, { baseline, current }] of Object.entries(results.compare ?? {})) {
    const ratio = (key) => (current[key] / baseline[key]).toFixed(2);
    console.log(
      `| ${scenario} | ${ms(baseline.median)} / ${ms(baseline.p95)} | ${ms(current.median)} / ${ms(current.p95)} | ${ratio('median')} · ${ratio('p95')} |`,
    );
  }
  if (bench.status !== 0) process.exitCode = 1;
} finally {
  run('git', ['worktree', 'remove', '--force', worktree]);
}
