import { resolveDataDir } from '../../backend/dataDir.ts';
import { sourceResourcesDir } from '../../backend/sourceResourcesDir.ts';
import { AppError, type Envelope } from '../../../shared/contract/appError.ts';
import type { BackupInfo, WorkspaceStatus } from '../../../shared/contract/backupOperations.ts';
import { UsageError, type CliIo, type Command } from '../command.ts';
import { parseFlags } from '../parseFlags.ts';

const USAGE = [
  'plandraft backup list                 các bản sao lưu, mới nhất trước / backups, newest first',
  'plandraft backup create               sao lưu ngay / back up now',
  'plandraft backup restore <id|latest>  khôi phục một bản (bản hiện tại được giữ lại) / restore one (the current file is kept)',
  'plandraft backup salvage              cứu các kế hoạch đọc được của tệp hỏng / salvage the readable plans of a damaged file',
].join('\n');

function unwrap<T>(r: Envelope<unknown>): T {
  if (!r.ok) throw new AppError(r.error.code, r.error.message, r.error.messageEn);
  return r.value as T;
}

function line(b: BackupInfo): string {
  return `  ${b.id}  ${(b.sizeBytes / 1024).toFixed(0).padStart(7)} KiB  ${b.reason}\n`;
}

function printStatus(status: WorkspaceStatus, io: CliIo): void {
  if (status.state === 'open') return;
  io.stderr(`Lỗi: ${status.error.message}\nError: ${status.error.messageEn}\n`);
  if (status.newestGoodBackup)
    io.stderr(
      `Bản sao lưu tốt mới nhất / Newest good backup: ${status.newestGoodBackup.id}\n` +
        '  plandraft backup restore latest\n',
    );
}

/**
 * `plandraft backup list|create|restore|salvage`: the workspace's backups (in <data>/backups) from
 * the command line, through the same contract operations as the "Sao lưu" screen.
 */
export const backupCommand: Command = {
  usage: USAGE,
  async run(args, io) {
    const { positionals } = parseFlags(args, {});
    const [action, id, ...extra] = positionals;
    if (extra.length > 0 || (action !== 'restore' && id !== undefined))
      throw new UsageError('thừa tham số', 'unexpected arguments');
    if (!action || !['list', 'create', 'restore', 'salvage'].includes(action))
      throw new UsageError(
        'thiếu hoặc sai thao tác (list, create, restore, salvage)',
        'missing or unknown action (list, create, restore, salvage)',
      );
    if (action === 'restore' && !id)
      throw new UsageError('thiếu tên bản sao lưu (hoặc latest)', 'missing backup id (or latest)');
    const keep = Number(io.env.PLANDRAFT_BACKUP_KEEP);
    // Loaded when the command runs: `plandraft --help` loads none of the heavy modules (issue 13).
    const [{ createBackend }, { dispatch }] = await Promise.all([
      import('../../backend/backend.ts'),
      import('../../../shared/contract/dispatch.ts'),
    ]);
    const backend = createBackend({
      dataDir: resolveDataDir(io.env),
      resourcesDir: sourceResourcesDir(),
      host: 'web',
      backupAtStart: false,
      backupKeep: Number.isInteger(keep) && keep >= 1 ? keep : undefined,
    });
    try {
      const call = async <T>(name: string, a: unknown[] = []) =>
        unwrap<T>(await dispatch(backend.handlers, name, a));
      const status = await call<WorkspaceStatus>('workspaceStatus');
      if (action === 'list') {
        printStatus(status, io);
        const list = await call<BackupInfo[]>('listBackups');
        io.stdout(
          list.length === 0 ? 'Chưa có bản sao lưu nào. / No backups yet.\n' : list.map(line).join(''),
        );
        return 0;
      }
      if (action === 'create') {
        const b = await call<BackupInfo>('createBackup');
        io.stdout(`Đã sao lưu / Backed up: ${b.id}\n`);
        return 0;
      }
      if (action === 'restore') {
        let target = id!;
        if (target === 'latest') {
          const newest =
            status.state === 'open' ? (await call<BackupInfo[]>('listBackups'))[0] : status.newestGoodBackup;
          if (!newest)
            throw new AppError('backup_not_found', 'Chưa có bản sao lưu nào.', 'There are no backups.');
          target = newest.id;
        }
        const r = await call<{ restored: BackupInfo; keptAside: string | null }>('restoreBackup', [target]);
        io.stdout(
          `Đã khôi phục / Restored: ${r.restored.id}\n` +
            (r.keptAside ? `Bản trước đó được giữ lại / The previous file is kept: ${r.keptAside}\n` : ''),
        );
        return 0;
      }
      const s = await call<{ keptAside: string; salvaged: Array<{ title: string }>; lost: number }>(
        'salvageWorkspace',
      );
      io.stdout(
        `Đã cứu ${s.salvaged.length} kế hoạch, mất ${s.lost}; tệp hỏng giữ tại ${s.keptAside}\n` +
          `Salvaged ${s.salvaged.length} plans, ${s.lost} lost; the damaged file is kept as ${s.keptAside}\n`,
      );
      return 0;
    } finally {
      backend.close();
    }
  },
};
