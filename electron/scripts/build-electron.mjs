// `npm run build:electron`: bundle the main process and the preload script with esbuild (the
// targets and options are in electronBundles.mjs).
import { builtinModules } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';
import { bundleTargets, commonOptions, PRELOAD_MAX_BYTES } from './electronBundles.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const outdir = path.join(root, 'dist-electron');
const common = commonOptions(root);

const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
let failed = false;
for (const t of bundleTargets) {
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
  if (t.out === 'preload.cjs' && bytes > PRELOAD_MAX_BYTES) {
    console.error(
      `preload.cjs: ${bytes} bytes > ${PRELOAD_MAX_BYTES}; it should carry the operation names only / preload quá lớn`,
    );
    failed = true;
  }
}
if (failed) process.exit(1);
