import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { buildImportGraph, findCycles, runtimeImportSpecifiers, type ImportGraph } from './importGraph.ts';

const root = path.resolve(import.meta.dirname, '..', '..');

/** Every source file of the tree (what the typecheck and the bundles see), tests included. */
function treeFiles(): string[] {
  return ts.sys
    .readDirectory(
      root,
      ['.ts', '.tsx', '.mts', '.mjs'],
      ['node_modules', 'dist', 'dist-electron', 'release'],
      ['shared', 'electron', 'renderer', 'test', 'templates'],
    )
    .map((f) => path.resolve(f))
    .filter((f) => !f.endsWith('.d.ts') && !f.endsWith('.d.mts'));
}

const graphOf = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges));

describe('runtimeImportSpecifiers', () => {
  it('keeps value imports and re-exports, drops type-only ones and packages', () => {
    const text = [
      "import { a } from './a.ts';",
      "import type { B } from './b.ts';",
      "import { type C } from './c.ts';",
      "export { d } from '../d.ts';",
      "export type { E } from './e.ts';",
      "export * from './f.ts';",
      "import './g.css';",
      "import { z } from 'zod';",
      "const h = await import('./h.ts');",
    ].join('\n');
    expect(runtimeImportSpecifiers('x.ts', text)).toEqual([
      './a.ts',
      './c.ts',
      '../d.ts',
      './f.ts',
      './g.css',
    ]);
  });

  it('reads TSX', () => {
    const text = 'import { A } from \'./A.tsx\';\nexport const X = () => <A title="Kế hoạch" />;';
    expect(runtimeImportSpecifiers('X.tsx', text)).toEqual(['./A.tsx']);
  });
});

describe('findCycles', () => {
  it('finds no cycle in a tree or a diamond', () => {
    expect(findCycles(graphOf({ a: ['b', 'c'], b: ['d'], c: ['d'], d: [] }))).toEqual([]);
  });

  it('names each cycle once, as a loop from its first file', () => {
    const graph = graphOf({ a: ['b'], b: ['c'], c: ['a', 'd'], d: ['e'], e: ['d'], f: ['f'], g: ['a'] });
    expect(findCycles(graph)).toEqual([['a', 'b', 'c'], ['d', 'e'], ['f']]);
  });

  it('builds the graph from files, resolving extensions and ignoring files outside the set', () => {
    const files: Record<string, string> = {
      '/r/a.ts': "import { b } from './b.ts';\nimport x from './raw.txt?raw';",
      '/r/b.ts': "import { c } from './sub/c';",
      '/r/sub/c.ts': "import type { A } from '../a.ts';\nimport { a } from '../a.ts';",
    };
    const graph = buildImportGraph(Object.keys(files), (f) => files[f]!);
    expect(graph.get('/r/b.ts')).toEqual(['/r/sub/c.ts']);
    expect(findCycles(graph)).toEqual([['/r/a.ts', '/r/b.ts', '/r/sub/c.ts']]);
  });

  it('handles a long chain without overflowing the stack', () => {
    const edges: Record<string, string[]> = {};
    for (let i = 0; i < 20_000; i++)
      edges[`m${String(i).padStart(5, '0')}`] = [`m${String(i + 1).padStart(5, '0')}`];
    edges['m20000'] = ['m00000'];
    expect(findCycles(graphOf(edges))[0]).toHaveLength(20_001);
  });
});

describe('the source tree', () => {
  it('has no import cycle', () => {
    const files = treeFiles();
    expect(files.length).toBeGreaterThan(200);
    const graph = buildImportGraph(files, (f) => fs.readFileSync(f, 'utf8'));
    const cycles = findCycles(graph).map((c) => [...c, c[0]].map((f) => path.relative(root, f!)).join(' → '));
    expect(cycles).toEqual([]);
  });
});
