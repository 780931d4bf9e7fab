import path from 'node:path';
import { AppError, type Envelope } from '../../../shared/contract/appError.ts';
import { dispatch } from '../../../shared/contract/dispatch.ts';
import { decodeTextBytes } from '../../../shared/import/decodeText.ts';
import type { RegistryImportResult } from '../../../shared/registry/registryRecords.ts';
import { createBackend } from '../../backend/backend.ts';
import { resolveDataDir } from '../../backend/dataDir.ts';
import { sourceResourcesDir } from '../../backend/sourceResourcesDir.ts';
import { UsageError, type Command } from '../command.ts';
import { singleInput } from '../commandArgs.ts';
import { readInputBytes, writeOutputFile } from '../commandFiles.ts';
import { parseFlags } from '../parseFlags.ts';

const USAGE = [
  'plandraft registry import <tệp.csv|tệp.json> [--dry-run] [--json]',
  '    nhập văn bản vào sổ (cột: xem README, "Nhập sổ văn bản") / import documents into the registry',
  '    --dry-run  chỉ báo cáo, không ghi / report only, write nothing',
  'plandraft registry export -o <tệp.csv>   xuất sổ văn bản / export the registry',
].join('\n');

function unwrap<T>(r: Envelope<unknown>): T {
  if (!r.ok) throw new AppError(r.error.code, r.error.message, r.error.messageEn);
  return r.value as T;
}

function report(r: RegistryImportResult): string {
  const head = r.dryRun ? 'Chạy thử (không ghi gì) / Dry run (nothing written)\n' : '';
  const lines = r.errors.map((e) => `  Dòng ${e.line}: ${e.message}\n  Line ${e.line}: ${e.messageEn}\n`);
  return (
    head +
    `Thêm ${r.added}, cập nhật ${r.updated}, không đổi ${r.unchanged}, bị từ chối ${r.rejected}.\n` +
    `Added ${r.added}, updated ${r.updated}, unchanged ${r.unchanged}, rejected ${r.rejected}.\n` +
    lines.join('')
  );
}

/**
 * `plandraft registry import|export`: the workspace's registry of legal documents from the command
 * line, through the same contract operations as the "Sổ văn bản" screen. Unlike the file commands,
 * import writes to the workspace (unless --dry-run).
 */
export const registryCommand: Command = {
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseFlags(args, {
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
      output: { type: 'string', short: 'o' },
    });
    const [action, ...rest] = positionals;
    if (action !== 'import' && action !== 'export')
      throw new UsageError(
        'thiếu hoặc sai thao tác (import, export)',
        'missing or unknown action (import, export)',
      );
    const backend = createBackend({
      dataDir: resolveDataDir(io.env),
      resourcesDir: sourceResourcesDir(),
      host: 'web',
      backupAtStart: false,
    });
    try {
      if (action === 'export') {
        if (rest.length > 0) throw new UsageError('thừa tham số', 'unexpected arguments');
        if (!values.output) throw new UsageError('thiếu -o <tệp.csv>', 'missing -o <file.csv>');
        const csv = unwrap<string>(await dispatch(backend.handlers, 'exportRegistryCsv', []));
        io.stdout(`Đã xuất / Exported: ${writeOutputFile(io, values.output, csv)}\n`);
        return 0;
      }
      const file = singleInput(rest, ['thiếu tệp CSV hoặc JSON', 'missing CSV or JSON file']);
      const ext = path.extname(file).toLowerCase();
      const format = ext === '.json' ? 'json' : ext === '.csv' ? 'csv' : undefined;
      const text = decodeTextBytes(readInputBytes(io, file));
      const options = { dryRun: values['dry-run'] === true, ...(format ? { format } : {}) };
      const r = unwrap<RegistryImportResult>(
        await dispatch(backend.handlers, 'importRegistry', [text, options]),
      );
      io.stdout(values.json ? `${JSON.stringify(r, null, 2)}\n` : report(r));
      // Refused lines are a problem of the input (exit 1), like failed checks.
      return r.rejected > 0 ? 1 : 0;
    } finally {
      backend.close();
    }
  },
};
