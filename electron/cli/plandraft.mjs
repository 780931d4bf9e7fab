#!/usr/bin/env node
// The `plandraft` command (package.json "bin", bin/plandraft). Runs the prebuilt bundle dist-cli/cli.mjs
// (issue 13: no TypeScript transpiling at start), built by `npm install` / `npm ci` ("prepare"). In a
// development tree whose sources are newer than the bundle it rebuilds it first (esbuild, ≈ 0.3 s,
// once); only without esbuild (an install without devDependencies) does it fall back to tsx.
// better-sqlite3 13 needs Node 22: refuse older Node clearly.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  process.stderr.write(
    `PlanDraft cần Node 22 trở lên (đang chạy ${process.version}); hãy dùng "npx plandraft" trong thư mục dự án.\n` +
      `PlanDraft needs Node 22 or later (running ${process.version}); use "npx plandraft" inside the project.\n`,
  );
  process.exit(2);
}
// V8's code cache on disk (Node ≥ 22.1): the bundle's ≈ 2 MB of JavaScript is compiled once, not at
// every start. A folder that cannot be written only turns the cache off.
(await import('node:module')).enableCompileCache?.();
const { buildCliBundle, cliBundleFresh } = await import('../scripts/cliBundle.mjs');

async function loadCli() {
  if (cliBundleFresh()) return import('../../dist-cli/cli.mjs');
  const started = performance.now();
  try {
    await buildCliBundle();
  } catch (e) {
    if (e?.code !== 'ERR_MODULE_NOT_FOUND') {
      // A build error: esbuild has printed it with its location.
      process.stderr.write('Không dựng được dist-cli / Could not build dist-cli\n');
      process.exit(2);
    }
    process.stderr.write(
      'plandraft: không có esbuild để dựng dist-cli, chạy mã nguồn qua tsx (chậm hơn) / ' +
        'no esbuild to build dist-cli, running the sources through tsx (slower)\n',
    );
    const { register } = await import('tsx/esm/api');
    register();
    return import('../cli.ts');
  }
  const s = ((performance.now() - started) / 1000).toFixed(1);
  process.stderr.write(
    `plandraft: mã nguồn đã đổi, đã dựng lại dist-cli (${s} s) / sources changed, rebuilt dist-cli (${s} s)\n`,
  );
  return import('../../dist-cli/cli.mjs');
}

const { runCli } = await loadCli();
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env,
});
