import fs from 'node:fs';
import path from 'node:path';

/**
 * Where `templates/` and package.json live when running from the source tree (tests, CLI, browser
 * host). The packaged desktop app passes its own resources folder instead. Kept in its own module
 * because `import.meta` does not exist in the CommonJS bundle of the Electron main process.
 *
 * Found by walking up from this module: it is electron/backend/ in the sources and dist-cli/ (or
 * dist-cli/chunks/) in the prebuilt command line (issue 13), at different depths.
 */
export function sourceResourcesDir(): string {
  let dir = import.meta.dirname;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'templates')) && fs.existsSync(path.join(dir, 'package.json')))
      return dir;
    const up = path.dirname(dir);
    if (up === dir) return path.resolve(import.meta.dirname, '..', '..');
    dir = up;
  }
}
