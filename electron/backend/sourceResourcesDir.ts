import path from 'node:path';

/**
 * Where `templates/` and package.json live when running from the source tree (tests, CLI, browser
 * host). The packaged desktop app passes its own resources folder instead. Kept in its own module
 * because `import.meta` does not exist in the CommonJS bundle of the Electron main process.
 */
export function sourceResourcesDir(): string {
  return path.resolve(import.meta.dirname, '..', '..');
}
