/*
 * For the compare scripts: a git revision checked out beside the working tree and built, both
 * builds ready in dist/ folders; the checkout is removed afterwards.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

/** The revision from the command line, or a usage message. */
export function revisionArgument(script) {
  const revision = process.argv[2];
  if (!revision) {
    console.error(`usage: npm run ${script} -- <git revision>`);
    process.exit(2);
  }
  return revision;
}

/** Builds `revision` and the working tree, then calls `measure(baselineDist)`. */
export function withBaselineBuild(revision, measure) {
  const worktree = mkdtempSync(join(tmpdir(), 'baseline-'));
  try {
    run('git', ['worktree', 'add', '--detach', worktree, revision]);
    symlinkSync(resolve('node_modules'), join(worktree, 'node_modules'));
    console.log(`Building ${revision} and the working tree…`);
    run('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: worktree });
    run('npx', ['vite', 'build', '--logLevel', 'warn']);
    measure(join(worktree, 'dist'));
  } finally {
    run('git', ['worktree', 'remove', '--force', worktree]);
  }
}
