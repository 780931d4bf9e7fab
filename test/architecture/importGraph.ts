import path from 'node:path';
import ts from 'typescript';

/**
 * The import graph of the tree as the TypeScript compiler parses it, and the cycles in it. This is
 * the project's "no import cycles" lint rule (eslint-plugin-import's no-cycle is not installed):
 * importCycles.test.ts fails on any cycle and names its files in order.
 *
 * An edge is an import or re-export that exists at run time. `import type` / `export type` are
 * erased and create no edge (a cycle of types cannot break module loading); `import { type A }`
 * does, because with verbatimModuleSyntax the import statement itself stays. Dynamic `import()`
 * is left out: it runs after every module has loaded.
 */
export type ImportGraph = Map<string, string[]>;

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.mjs'];

/** Relative specifiers of the runtime imports of one file's text, in source order. */
export function runtimeImportSpecifiers(fileName: string, text: string): string[] {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, kind);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      if (statement.importClause?.isTypeOnly) continue;
      if (ts.isStringLiteral(statement.moduleSpecifier)) specifiers.push(statement.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(statement)) {
      if (statement.isTypeOnly || !statement.moduleSpecifier) continue;
      if (ts.isStringLiteral(statement.moduleSpecifier)) specifiers.push(statement.moduleSpecifier.text);
    } else if (
      ts.isImportEqualsDeclaration(statement) &&
      !statement.isTypeOnly &&
      ts.isExternalModuleReference(statement.moduleReference) &&
      ts.isStringLiteral(statement.moduleReference.expression)
    ) {
      specifiers.push(statement.moduleReference.expression.text);
    }
  }
  return specifiers.filter((s) => s.startsWith('./') || s.startsWith('../'));
}

/** The file a relative specifier names (query such as `?raw` dropped), or null when it is not ours. */
function resolve(from: string, specifier: string, files: ReadonlySet<string>): string | null {
  const bare = specifier.replace(/\?.*$/, '');
  const target = path.resolve(path.dirname(from), bare);
  const candidates = [target, ...SOURCE_EXTENSIONS.map((e) => target + e), path.join(target, 'index.ts')];
  return candidates.find((c) => files.has(c)) ?? null;
}

/** The graph over `files` (absolute paths); imports of anything outside them are not edges. */
export function buildImportGraph(files: readonly string[], readFile: (file: string) => string): ImportGraph {
  const known = new Set(files);
  const graph: ImportGraph = new Map();
  for (const file of files) {
    const targets = runtimeImportSpecifiers(file, readFile(file))
      .map((s) => resolve(file, s, known))
      .filter((t): t is string => t !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/**
 * Every cycle, one per strongly connected component (Tarjan), as the files of one concrete loop
 * through it starting at its alphabetically first file: [a, b, c] means a → b → c → a.
 */
export function findCycles(graph: ImportGraph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];

  // Iterative, so that a long import chain cannot overflow the call stack.
  for (const root of [...graph.keys()].sort()) {
    if (index.has(root)) continue;
    const work: Array<{ node: string; next: number }> = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const edges = graph.get(frame.node) ?? [];
      if (frame.next < edges.length) {
        const to = edges[frame.next++]!;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, next: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        const selfLoop = component.length === 1 && edges.includes(frame.node);
        if (component.length > 1 || selfLoop) components.push(component);
      }
    }
  }
  return components.map((c) => loopThrough(graph, new Set(c))).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** A shortest loop from the component's first file back to itself, staying inside the component. */
function loopThrough(graph: ImportGraph, component: ReadonlySet<string>): string[] {
  const start = [...component].sort()[0]!;
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const to of graph.get(node) ?? []) {
      if (!component.has(to)) continue;
      if (to === start) {
        const loop = [node];
        while (loop[0] !== start) loop.unshift(previous.get(loop[0]!)!);
        return loop;
      }
      if (!previous.has(to)) {
        previous.set(to, node);
        queue.push(to);
      }
    }
  }
  return [start];
}
