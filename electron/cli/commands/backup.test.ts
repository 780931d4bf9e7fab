import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli.ts';
import { useTempHome } from './tempHome.testkit.ts';

const { home, io } = useTempHome('backup');

describe('plandraft backup', () => {
  it('creates, lists and restores; an emptied workspace is refused, then restored from the newest backup', async () => {
    expect(await runCli(['api', 'createPlan', '[{"templateId":"langson-2021"}]'], io())).toBe(0);
    const created = io();
    expect(await runCli(['backup', 'create'], created)).toBe(0);
    const id = /plandraft-[\w-]+-manual\.sqlite/.exec(created.out)?.[0];
    expect(id).toBeDefined();
    const listed = io();
    expect(await runCli(['backup', 'list'], listed)).toBe(0);
    expect(listed.out).toContain(id);

    fs.writeFileSync(path.join(home(), 'plandraft.sqlite'), '');
    const refused = io();
    expect(await runCli(['api', 'listPlans'], refused)).toBe(1);
    expect(JSON.parse(refused.out).error.code).toBe('database_empty');
    const damaged = io();
    expect(await runCli(['backup', 'list'], damaged)).toBe(0);
    expect(damaged.err).toContain('Tệp dữ liệu rỗng');
    expect(damaged.err).toContain('Newest good backup');

    const restored = io();
    expect(await runCli(['backup', 'restore', 'latest'], restored)).toBe(0);
    expect(restored.out).toContain('Đã khôi phục');
    const after = io();
    expect(await runCli(['api', 'listPlans'], after)).toBe(0);
    expect(JSON.parse(after.out).value).toHaveLength(1);
    // The emptied file is kept aside, never deleted.
    expect(fs.readdirSync(home()).some((n) => n.startsWith('plandraft-damaged-'))).toBe(true);
  });

  it('refuses an unknown action and a traversal id', async () => {
    expect(await runCli(['backup', 'frobnicate'], io())).toBe(2);
    const o = io();
    expect(await runCli(['backup', 'restore', '../../etc/passwd'], o)).toBe(2);
    expect(o.err).toContain('Error:');
  });
});
