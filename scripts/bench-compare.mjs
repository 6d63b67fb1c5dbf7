#!/usr/bin/env node
/*
 * npm run bench:compare -- <git revision>: builds that revision beside the working tree and
 * measures the interactions at 10,000 events on both, in turns, in one Chromium. Prints each
 * build's median / p95 and the ratio current ÷ baseline. A shared machine's drift falls on both
 * builds alike, so the ratio is the figure to read.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { revisionArgument, run, withBaselineBuild } from './baseline-build.mjs';

const revision = revisionArgument('bench:compare');

withBaselineBuild(revision, (baselineDist) => {
  run('npx', ['vite', 'build', '-c', 'bench/floor/vite.config.ts', '--logLevel', 'warn']);
  rmSync('.bench/results.json', { force: true });
  const bench = spawnSync(
    'npx',
    ['playwright', 'test', '-c', 'playwright.bench.config.ts', '-g', 'in turns'],
    {
      stdio: 'inherit',
      env: {
        ...process.env,
        BENCH_BASELINE_DIST: baselineDist,
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
});
