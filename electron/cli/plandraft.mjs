#!/usr/bin/env node
// The `plandraft` command (package.json "bin"). Runs the TypeScript CLI through tsx, so it works right
// after `npm install` with no build step. better-sqlite3 13 needs Node 22: refuse older Node clearly.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  process.stderr.write(
    `PlanDraft cần Node 22 trở lên (đang chạy ${process.version}); hãy dùng "npx plandraft" trong thư mục dự án.\n` +
      `PlanDraft needs Node 22 or later (running ${process.version}); use "npx plandraft" inside the project.\n`,
  );
  process.exit(2);
}
const { register } = await import('tsx/esm/api');
register();
const { runCli } = await import('../cli.ts');
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env,
});
