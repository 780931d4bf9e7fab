// The esbuild options of the two Electron bundles, shared by `npm run build:electron` and the test
// that keeps the preload small (electron/preloadBundle.test.ts).
//   electron/main.ts    → dist-electron/main.cjs     (everything inlined but electron, better-sqlite3)
//   electron/preload.ts → dist-electron/preload.cjs  (one file: a sandboxed preload cannot require
//                                                     our modules, only 'electron' itself)
//   electron/backend/jobs/jobWorker.ts → dist-electron/jobWorker.cjs (import/export jobs)
// CommonJS because package.json says "type": "module" and Electron's sandboxed preloads are CJS.

/** Loaded at run time from node_modules: Electron itself, and the native SQLite binding. */
export const mainExternal = ['electron', 'better-sqlite3'];

/** @param {string} root the repository root */
export function commonOptions(root) {
  return {
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
}

export const bundleTargets = [
  { entry: 'electron/main.ts', out: 'main.cjs', external: mainExternal },
  { entry: 'electron/preload.ts', out: 'preload.cjs', external: ['electron'] },
  // Import and export jobs in a worker thread (electron/desktopJobs.ts): Node built-ins only.
  { entry: 'electron/backend/jobs/jobWorker.ts', out: 'jobWorker.cjs', external: [] },
];

/** The preload ships the operation names only; above this it has pulled in a library again. */
export const PRELOAD_MAX_BYTES = 20 * 1024;
