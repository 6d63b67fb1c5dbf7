import { defineConfig } from 'vitest/config';
import viteConfig from './vite.config';

/**
 * Mutation testing runs the unit tests only: they state what the pure code does, and run fast.
 * `npm run mutate` runs it in a zone that is not UTC, so that a mutant confusing local time with UTC
 * is caught (Stryker's runner ignores a zone set for the test workers: it must be the process's own).
 */
export default defineConfig(async (env) => {
  const base = await viteConfig(env);
  return {
    ...base,
    test: {
      ...base.test,
      projects: undefined,
      include: ['test/unit/**/*.test.ts'],
      environment: 'node',
    },
  };
});
