import { resolveDataDir } from '../../backend/dataDir.ts';
import { sourceResourcesDir } from '../../backend/sourceResourcesDir.ts';
import { operationNames } from '../../../shared/contract/operationNames.ts';
import { UsageError, type Command } from '../command.ts';

/**
 * `plandraft api <operation> [json-args]`: call any contract operation on the workspace, exactly as
 * the desktop app and the browser host do. The envelope is printed as JSON.
 */
export const apiCommand: Command = {
  usage: `plandraft api <operation> ['<JSON array of arguments>']\n  operations: ${operationNames.join(', ')}`,
  async run(args, io) {
    const [name, json] = args;
    if (!name) throw new UsageError('thiếu tên thao tác', 'missing operation name');
    let parsed: unknown = [];
    if (json !== undefined) {
      try {
        parsed = JSON.parse(json);
      } catch {
        throw new UsageError('tham số phải là một mảng JSON', 'arguments must be a JSON array');
      }
    }
    // Loaded when the command runs: `plandraft --help` loads none of the heavy modules (issue 13).
    const [{ createBackend }, { dispatch }] = await Promise.all([
      import('../../backend/backend.ts'),
      import('../../../shared/contract/dispatch.ts'),
    ]);
    const backend = createBackend({
      dataDir: resolveDataDir(io.env),
      resourcesDir: sourceResourcesDir(),
      host: 'web',
      // A script may call `api` hundreds of times; the editing rhythm still backs up hourly.
      backupAtStart: false,
    });
    try {
      const result = await dispatch(backend.handlers, name, parsed);
      io.stdout(`${JSON.stringify(result, null, 2)}\n`);
      return result.ok ? 0 : 1;
    } finally {
      backend.close();
    }
  },
};
