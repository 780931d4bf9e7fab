// `npm run build:cli` (and the "prepare" script of `npm install` / `npm ci`): the prebuilt command
// line, job worker and browser host in dist-cli/ (see cliBundle.mjs).
import { buildCliBundle } from './cliBundle.mjs';

try {
  const started = performance.now();
  const result = await buildCliBundle();
  const kib = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0) / 1024;
  console.log(`dist-cli  ${kib.toFixed(0)} KiB in ${(performance.now() - started).toFixed(0)} ms`);
} catch (e) {
  if (e?.code === 'ERR_MODULE_NOT_FOUND') {
    // An install without esbuild: `plandraft` then runs the sources through tsx (it says so).
    console.error('Bỏ qua dist-cli: không có esbuild / Skipping dist-cli: esbuild is not installed');
    process.exit(0);
  }
  // esbuild has already printed the errors with their locations.
  console.error('Không dựng được dist-cli / Could not build dist-cli');
  process.exit(1);
}
