#!/usr/bin/env node
// Runs every check and test suite — typecheck, lint, unit and component tests (Vitest), browser
// tests (Playwright with Debian's Chromium) — and ends with one line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const REPORTS = '.test-reports';
const chromium =
  process.env.CHROMIUM_PATH ??
  JSON.parse(readFileSync(new URL('./chromium.json', import.meta.url), 'utf8')).executablePath;

function run(command, args, env = {}) {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function ensureChromium() {
  if (existsSync(chromium)) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("Installing Debian's chromium for the browser tests…");
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium'], { DEBIAN_FRONTEND: 'noninteractive' });
  }
  if (existsSync(chromium)) return true;
  console.error(
    `The browser tests need Chromium at ${chromium}: install Debian's "chromium" package (or set CHROMIUM_PATH).`,
  );
  return false;
}

rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

let passed = 0;
let failed = 0;
let skipped = 0;

for (const [name, script] of [
  ['typecheck', 'typecheck'],
  ['lint', 'lint'],
]) {
  const status = run('npm', ['run', '-s', script]);
  if (status === 0) passed += 1;
  else {
    failed += 1;
    console.error(`${name} failed`);
  }
}

const unitStatus = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${REPORTS}/unit.json`,
]);
const unit = readJson(`${REPORTS}/unit.json`);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + unit.numTodoTests;
}
if (unitStatus !== 0 && (!unit || unit.numFailedTests === 0)) failed += 1;

if (ensureChromium()) {
  const e2eStatus = run('npx', ['playwright', 'test'], { CHROMIUM_PATH: chromium });
  const e2e = readJson(`${REPORTS}/e2e.json`);
  if (e2e) {
    passed += e2e.stats.expected;
    failed += e2e.stats.unexpected + e2e.stats.flaky;
    skipped += e2e.stats.skipped;
  }
  if (e2eStatus !== 0 && (!e2e || e2e.stats.unexpected + e2e.stats.flaky === 0)) failed += 1;
} else {
  failed += 1;
}

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || skipped > 0 ? 1 : 0);
