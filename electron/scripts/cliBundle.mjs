// The prebuilt command line and browser host (issue 13): esbuild bundles of the TypeScript sources so
// `plandraft` never transpiles at start and job workers never load tsx.
//   electron/cli.ts                    → dist-cli/cli.mjs        (runCli; commands load lazily)
//   electron/backend/jobs/jobWorker.ts → dist-cli/jobWorker.mjs  (import/export/check jobs)
//   electron/web/main.ts               → dist-cli/web.mjs        (the browser-mode host)
// Built by `npm install` / `npm ci` (the "prepare" script) and rebuilt by electron/cli/plandraft.mjs
// when a source it was built from is newer than the bundle. dist-cli/inputs.json lists those sources.
import fs from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..', '..');
export const outdir = path.join(root, 'dist-cli');
const manifestFile = path.join(outdir, 'inputs.json');

/** Loaded at run time from node_modules: the native SQLite binding, and pdfjs (its own workers). */
export const cliExternal = ['better-sqlite3', 'pdfjs-dist', 'pdfjs-dist/*'];

export const cliEntries = {
  cli: 'electron/cli.ts',
  jobWorker: 'electron/backend/jobs/jobWorker.ts',
  web: 'electron/web/main.ts',
};

/**
 * Whether dist-cli holds bundles built from the current sources: every project source esbuild read
 * (node_modules excepted: they change through `npm install`, which rebuilds) is older than the build.
 * A few hundred stat calls, ≈ 1 ms.
 */
export function cliBundleFresh() {
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  } catch {
    return false;
  }
  // Joined by hand, not path.join: the inputs are esbuild's relative paths with "/" (which Windows
  // accepts too), and path.join's normalising was two thirds of the check's ≈ 3 ms (issue 13).
  const prefix = `${root}/`;
  try {
    for (const input of manifest.inputs) {
      const stat = fs.statSync(prefix + input, { throwIfNoEntry: false });
      if (stat === undefined || stat.mtimeMs > manifest.builtAtMs) return false;
    }
  } catch {
    return false; // unreadable (EACCES, ENOTDIR): rebuild, as for a missing source
  }
  return true;
}

/**
 * Build the bundles. Each file is written beside its final name and renamed into place, and the
 * manifest last, so a concurrent `plandraft` sees either the old complete build or the new one.
 */
export async function buildCliBundle() {
  const { build } = await import('esbuild');
  const builtAtMs = Date.now();
  const result = await build({
    absWorkingDir: root,
    entryPoints: cliEntries,
    outdir,
    bundle: true,
    // Code splitting: `plandraft --help` loads the command list only; each command's heavy modules
    // (docx, the import parsers, SQLite) are chunks loaded by its dynamic import().
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    external: cliExternal,
    // CommonJS dependencies (saxes) call require() on Node built-ins, which an ES module lacks.
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
    sourcemap: 'linked',
    logLevel: 'warning',
    metafile: true,
    write: false,
  });
  fs.mkdirSync(path.join(outdir, 'chunks'), { recursive: true });
  const keep = new Set();
  for (const file of result.outputFiles) {
    const tmp = `${file.path}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, file.contents);
    fs.renameSync(tmp, file.path);
    keep.add(file.path);
  }
  // Chunks of earlier builds (their names carry a hash) would pile up.
  for (const name of fs.readdirSync(path.join(outdir, 'chunks'))) {
    const p = path.join(outdir, 'chunks', name);
    if (!keep.has(p) && !name.endsWith('.tmp')) fs.rmSync(p, { force: true });
  }
  const inputs = Object.keys(result.metafile.inputs)
    .filter((p) => !p.includes('node_modules/'))
    .sort();
  const tmp = `${manifestFile}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify({ builtAtMs, inputs }, null, 1)}\n`);
  fs.renameSync(tmp, manifestFile);
  return result;
}
