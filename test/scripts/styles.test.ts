import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import postcss, { type Rule } from 'postcss';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');

function stylesheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? stylesheets(join(dir, entry.name))
      : entry.name.endsWith('.css')
        ? [join(dir, entry.name)]
        : [],
  );
}

/** Each selector of each rule, with the at-rules it sits in (`@media (max-width: 640px) .app`). */
function selectorsOf(css: string): string[] {
  const found: string[] = [];
  postcss.parse(css).walkRules((rule: Rule) => {
    const context: string[] = [];
    for (let parent = rule.parent; parent && parent.type === 'atrule'; parent = parent.parent) {
      if (parent.type === 'atrule') context.unshift(`@${parent.name} ${parent.params}`);
    }
    if (context.some((at) => at.startsWith('@keyframes'))) return;
    for (const selector of rule.selectors) found.push([...context, selector].join(' '));
  });
  return found;
}

const files = stylesheets(SRC).map((path) => ({
  name: relative(SRC, path),
  css: readFileSync(path, 'utf8'),
}));

describe('stylesheets', () => {
  it('are small: tokens and base rules in ui/base.css, each feature its own', () => {
    expect(files.map((file) => file.name)).toContain('ui/base.css');
    expect(files.length).toBeGreaterThanOrEqual(10);
    const long = files.filter((file) => file.css.split('\n').length > 300).map((f) => f.name);
    expect(long).toEqual([]);
  });

  it('define each selector in one place only', () => {
    const places = new Map<string, string[]>();
    for (const file of files)
      for (const selector of selectorsOf(file.css))
        places.set(selector, [...(places.get(selector) ?? []), file.name]);
    const twice = [...places].filter(([, where]) => where.length > 1);
    expect(twice).toEqual([]);
  });

  it('finds a selector defined twice (the check itself bites)', () => {
    const css = '.a { color: red; }\n@media (x) { .a { color: blue; } }\n.b, .a { margin: 0; }';
    expect(selectorsOf(css)).toEqual(['.a', '@media (x) .a', '.b', '.a']);
  });
});
