// `npm run web [-- --port N]`: build the renderer when it is missing or older than its sources,
// then start the browser-mode host (electron/web/main.ts, prebuilt as dist-cli/web.mjs) on the same
// Node (22) that runs this script. Children are started with process.execPath, not through npx, so signals reach them and
// nothing needs a shell on Windows.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildCliBundle, cliBundleFresh } from './cliBundle.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
const built = path.join(root, 'dist', 'renderer', 'index.html');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

const stale =
  !fs.existsSync(built) ||
  Math.max(newestMtime(path.join(root, 'renderer')), newestMtime(path.join(root, 'shared'))) > fs.statSync(built).mtimeMs;
if (stale) {
  process.stderr.write('Đang dựng giao diện… / Building the renderer…\n');
  const vite = path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: ['ignore', 2, 2], // keep stdout for the one "ready" line
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
// The host itself runs prebuilt (dist-cli/web.mjs, issue 13), its job workers too: rebuilt here when
// a source is newer than the bundle.
if (!cliBundleFresh()) {
  try {
    await buildCliBundle();
  } catch {
    process.stderr.write('Không dựng được dist-cli / Could not build dist-cli\n');
    process.exit(1);
  }
}
const child = spawn(process.execPath, [path.join(root, 'dist-cli', 'web.mjs'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
