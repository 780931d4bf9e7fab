import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { bundleTargets, commonOptions, PRELOAD_MAX_BYTES } from './scripts/electronBundles.mjs';

const root = path.resolve(import.meta.dirname, '..');

/** The preload exactly as `npm run build:electron` bundles it, kept in memory. */
async function buildPreload() {
  const target = bundleTargets.find((t) => t.out === 'preload.cjs');
  if (!target) throw new Error('no preload target');
  return build({
    ...commonOptions(root),
    entryPoints: [target.entry],
    outfile: path.join(root, 'dist-electron', target.out),
    external: target.external,
    sourcemap: false,
    write: false,
    logLevel: 'silent',
  });
}

describe('preload bundle', () => {
  it('carries the operation names only: no zod, no schema, no npm package, a few KiB', async () => {
    const result = await buildPreload();
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((f) => f.includes('node_modules'))).toEqual([]);
    expect(inputs.filter((f) => /Operations\.ts$|operations\.ts$|model\//.test(f))).toEqual([]);
    expect(inputs).toContain('shared/contract/operationNames.ts');
    const bytes = result.outputFiles.reduce((n, f) => n + f.contents.byteLength, 0);
    expect(bytes).toBeLessThanOrEqual(PRELOAD_MAX_BYTES);
    const code = result.outputFiles[0]?.text ?? '';
    expect(code).toContain('"deleteUserTemplate"');
    expect(code).toContain('require("electron")');
  });
});
