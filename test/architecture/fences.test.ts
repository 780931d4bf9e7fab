import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

/** The messages of the import fences for `code` placed at `file` (the file need not exist). */
async function fenceErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import fences (eslint.config.js)', () => {
  it('lets only the Electron glue import electron', async () => {
    const code = "import { app } from 'electron';\nexport const x = app;\n";
    for (const glue of ['electron/main.ts', 'electron/preload.ts', 'electron/ipc.ts', 'electron/ipc.test.ts'])
      expect(await fenceErrors(glue, code), glue).toEqual([]);
    for (const other of ['electron/backend/backend.ts', 'electron/web/server.ts', 'electron/cli/cli.ts'])
      expect((await fenceErrors(other, code)).join(), other).toMatch(/Only electron\/main\.ts/);
    expect((await fenceErrors('renderer/App.tsx', code)).join()).toMatch(/contract/);
    expect((await fenceErrors('shared/model/plan.ts', code)).join()).toMatch(/pure domain core/);
  });

  it('keeps the back end and the renderer apart, in both directions', async () => {
    const toRenderer = "import { App } from '../../renderer/App.tsx';\nexport const x = App;\n";
    expect((await fenceErrors('electron/backend/x.ts', toRenderer)).join()).toMatch(
      /must not import the renderer/,
    );
    expect(
      (
        await fenceErrors(
          'electron/main.ts',
          "import { App } from '../renderer/App.tsx';\nexport const x = App;\n",
        )
      ).join(),
    ).toMatch(/must not import the renderer/);
    const toBackend =
      "import { ipcChannel } from '../../electron/ipcChannel.ts';\nexport const x = ipcChannel;\n";
    expect((await fenceErrors('renderer/api/x.ts', toBackend)).join()).toMatch(
      /must not import the back end/,
    );
  });

  it('lets the back end use the shared core', async () => {
    const code =
      "import { AppError } from '../../shared/contract/appError.ts';\nexport const x = AppError;\n";
    expect(await fenceErrors('electron/backend/x.ts', code)).toEqual([]);
  });
});
