import type { AgencyDirectoryView, AgencyImportResult } from '../../../shared/agencies/agencyRecords.ts';
import { LEVEL_LABELS } from '../../../shared/agencies/agencyEntry.ts';
import { AppError, type Envelope } from '../../../shared/contract/appError.ts';
import { dispatch } from '../../../shared/contract/dispatch.ts';
import { createBackend } from '../../backend/backend.ts';
import { resolveDataDir } from '../../backend/dataDir.ts';
import { sourceResourcesDir } from '../../backend/sourceResourcesDir.ts';
import { UsageError, type Command } from '../command.ts';
import { readInputBytes, writeOutputFile } from '../commandFiles.ts';
import { parseFlags } from '../parseFlags.ts';

const USAGE = [
  'plandraft agencies list [--json]           danh bạ cơ quan / the agency directory',
  'plandraft agencies import <tệp.csv>        nhập từ CSV (lỗi từng dòng) / import a CSV (line-level errors)',
  'plandraft agencies export [-o <tệp.csv>]   xuất CSV / export a CSV',
].join('\n');

function unwrap<T>(r: Envelope<unknown>): T {
  if (!r.ok) throw new AppError(r.error.code, r.error.message, r.error.messageEn);
  return r.value as T;
}

/**
 * `plandraft agencies list|import|export`: the workspace's agency directory from the command line,
 * through the same contract operations as the "Danh bạ cơ quan" screen.
 */
export const agenciesCommand: Command = {
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseFlags(args, {
      json: { type: 'boolean', default: false },
      output: { type: 'string', short: 'o' },
    });
    const [action, file, ...extra] = positionals;
    if (extra.length > 0 || (action !== 'import' && file !== undefined))
      throw new UsageError('thừa tham số', 'unexpected arguments');
    if (!action || !['list', 'import', 'export'].includes(action))
      throw new UsageError(
        'thiếu hoặc sai thao tác (list, import, export)',
        'missing or unknown action (list, import, export)',
      );
    if (action === 'import' && !file) throw new UsageError('thiếu tệp CSV', 'missing CSV file');
    const backend = createBackend({
      dataDir: resolveDataDir(io.env),
      resourcesDir: sourceResourcesDir(),
      host: 'web',
      backupAtStart: false,
    });
    try {
      const call = async <T>(name: string, a: unknown[] = []) =>
        unwrap<T>(await dispatch(backend.handlers, name, a));
      if (action === 'list') {
        const view = await call<AgencyDirectoryView>('listAgencies');
        if (values.json) {
          io.stdout(`${JSON.stringify(view, null, 2)}\n`);
          return 0;
        }
        const lines = view.entries.map((e) => {
          const level = e.level ? LEVEL_LABELS[e.level].vi : 'chưa rõ';
          const dates = `${e.validFrom ?? '…'} → ${e.validUntil ?? '…'}`;
          return `${e.id}\t${e.name}\t${level}\t${dates}\n`;
        });
        io.stdout(`Tỉnh / Province: ${view.province ?? 'tất cả / all'}\n${lines.join('')}`);
        return 0;
      }
      if (action === 'import') {
        const text = new TextDecoder('utf-8').decode(readInputBytes(io, file!));
        const r = await call<AgencyImportResult>('importAgenciesCsv', [text]);
        for (const e of r.errors) io.stderr(`Dòng ${e.line}: ${e.message}\nLine ${e.line}: ${e.messageEn}\n`);
        io.stdout(
          `Thêm ${r.added}, cập nhật ${r.updated}, không đổi ${r.unchanged}, lỗi ${r.errors.length}\n` +
            `Added ${r.added}, updated ${r.updated}, unchanged ${r.unchanged}, errors ${r.errors.length}\n`,
        );
        return r.errors.length > 0 ? 1 : 0;
      }
      const csv = await call<string>('exportAgenciesCsv');
      if (typeof values.output === 'string') {
        const out = writeOutputFile(io, values.output, csv);
        io.stdout(`Đã xuất / Exported: ${out}\n`);
      } else io.stdout(csv);
      return 0;
    } finally {
      backend.close();
    }
  },
};
