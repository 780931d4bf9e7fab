// `npm run build:electron`: bundle the main process and the preload script with esbuild.
//   electron/main.ts    → dist-electron/main.cjs     (everything inlined but electron, better-sqlite3)
//   electron/preload.ts → dist-electron/preload.cjs  (one file: a sandboxed preload cannot require
//                                                     our modules, only 'electron' itself)
// CommonJS because package.json says "type": "module" and Electron's sandboxed preloads are CJS.
import { builtinModules } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..', '..');
const outdir = path.join(root, 'dist-electron');

/** Loaded at run time from node_modules: Electron itself, and the native SQLite binding. */
const external = ['electron', 'better-sqlite3'];

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // Electron 45 embeds Node 22.
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
  metafile: true,
  absWorkingDir: root,
};

const targets = [
  { entry: 'electron/main.ts', out: 'main.cjs', external },
  { entry: 'electron/preload.ts', out: 'preload.cjs', external: ['electron'] },
  // Import and export jobs in a worker thread (electron/desktopJobs.ts): Node built-ins only.
  { entry: 'electron/backend/jobs/jobWorker.ts', out: 'jobWorker.cjs', external: [] },
];

const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
let failed = false;
for (const t of targets) {
  let result;
  try {
    result = await build({
      ...common,
      entryPoints: [t.entry],
      outfile: path.join(outdir, t.out),
      external: t.external,
    });
  } catch {
    // esbuild has already printed the errors with their locations.
    console.error(`Không dựng được ${t.out} / Could not build ${t.out}`);
    process.exit(1);
  }
  // A bundle that still requires some npm package would work here (node_modules is present) and
  // break in the packaged app, where only the externals are shipped: refuse it now.
  for (const output of Object.values(result.metafile.outputs)) {
    for (const imp of output.imports) {
      if (!imp.external) continue;
      const allowed =
        t.out === 'preload.cjs'
          ? imp.path === 'electron'
          : t.external.includes(imp.path) || builtins.has(imp.path);
      if (!allowed) {
        console.error(`${t.out}: unexpected runtime import "${imp.path}" / nhập khẩu không được phép`);
        failed = true;
      }
    }
  }
  const bytes =
    Object.entries(result.metafile.outputs).find(([file]) => file.endsWith(t.out))?.[1].bytes ?? 0;
  console.log(`dist-electron/${t.out}  ${(bytes / 1024).toFixed(0)} KiB`);
}
if (failed) process.exit(1);
