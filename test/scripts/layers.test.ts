import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/*
 * The layer rule of eslint.config.js (docs/architecture.md), proved on deliberate imports: a file
 * that is not on disk is linted as if it were at `path`, importing real modules.
 */
const eslint = new ESLint();

async function layerErrors(path: string, from: string): Promise<string[]> {
  const code = `import * as imported from '${from}';\nexport const probe = imported;\n`;
  const [result] = await eslint.lintText(code, { filePath: path });
  return result!.messages
    .filter((message) => message.ruleId === 'boundaries/dependencies')
    .map((message) => message.message);
}

describe('the layers of src/', () => {
  it.each([
    [
      'src/domain/probe.ts',
      '../app/app',
      'from elements of type "domain" to elements of type "app"',
    ],
    [
      'src/domain/probe.ts',
      '../api/schemas',
      'from elements of type "domain" to elements of type "api"',
    ],
    [
      'src/domain/probe.ts',
      '../ui/theme',
      'from elements of type "domain" to elements of type "ui"',
    ],
    [
      'src/lib/probe.ts',
      '../domain/select',
      'from elements of type "lib" to elements of type "domain"',
    ],
    [
      'src/ui/probe.ts',
      '../api/use-docking-data',
      'from elements of type "ui" to elements of type "api"',
    ],
    ['src/api/probe.ts', '../ui/use-now', 'from elements of type "api" to elements of type "ui"'],
    [
      'src/features/timeline/probe.ts',
      '../../app/app',
      'feature="timeline" to elements of type "app"',
    ],
    [
      'src/features/timeline/probe.ts',
      '../filters/filter-bar',
      'feature="timeline" to elements of type "feature" and captured values: feature="filters"',
    ],
  ])('refuses %s importing %s', async (path, from, reason) => {
    const errors = await layerErrors(path, from);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(reason);
  });

  it.each([
    ['src/app/probe.ts', '../features/timeline/timeline-panel'],
    ['src/features/timeline/probe.ts', './timeline-chart'],
    ['src/features/details/probe.ts', '../../api/docking-events-queries'],
    ['src/features/details/probe.ts', '../../ui/detail-list'],
    ['src/api/probe.ts', '../domain/docking'],
    ['src/ui/probe.ts', '../domain/export'],
    ['src/domain/probe.ts', '../lib/format'],
  ])('lets %s import %s', async (path, from) => {
    expect(await layerErrors(path, from)).toEqual([]);
  });
});
