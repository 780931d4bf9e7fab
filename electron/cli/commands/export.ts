import path from 'node:path';
import { exportReason, MAX_EXPORT_REASON } from '../../../shared/checks/exportReason.ts';
import { UsageError, type Command } from '../command.ts';
import { requiredFlag, singleInput } from '../commandArgs.ts';
import { writeOutputFile } from '../commandFiles.ts';
import { findingText } from '../findingText.ts';
import { parseFlags } from '../parseFlags.ts';

/** `--force "<reason>"`: a reason worth the name, else a usage error (exit 2). */
function forceReason(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  const reason = exportReason(raw);
  if (reason === null)
    throw new UsageError(
      '--force cần một lý do, ví dụ --force "Lãnh đạo duyệt gấp"',
      '--force needs a reason',
    );
  if (reason.length > MAX_EXPORT_REASON)
    throw new UsageError(
      `lý do của --force dài quá ${MAX_EXPORT_REASON} ký tự`,
      `the --force reason exceeds ${MAX_EXPORT_REASON} characters`,
    );
  return reason;
}

/**
 * `plandraft export <plan.json> -o <out.docx> [--draft] [--force "<reason>"]`: the plan as a Word
 * file following NĐ 30/2020. A final copy (no `--draft`) is checked as final first: with error
 * findings it is not written (exit 1, the errors listed) unless `--force` gives the reason it must
 * go out anyway. Works on files only; the workspace is never touched.
 */
export const exportCommand: Command = {
  usage: 'plandraft export <plan.json> -o <out.docx> [--draft] [--force "<lý do / reason>"]',
  async run(args, io) {
    const { values, positionals } = parseFlags(args, {
      output: { type: 'string', short: 'o' },
      draft: { type: 'boolean', default: false },
      force: { type: 'string' },
    });
    const input = singleInput(positionals, ['thiếu tệp kế hoạch', 'missing plan file']);
    const output = requiredFlag(values.output, ['thiếu -o <tệp .docx>', 'missing -o <file.docx>']);
    const reason = forceReason(values.force);
    // Loaded here, not at the top: `plandraft --help` must not pay for docx, zod and SQLite, and a
    // draft (never gated) not for the checks and the registry either.
    const draft = values.draft === true;
    const [{ readPlanFile }, { exportPlanDocx }, gate] = await Promise.all([
      import('../readPlanFile.ts'),
      import('../../../shared/export/exportPlanDocx.ts'),
      draft
        ? null
        : Promise.all([import('./readOnlyWorkspace.ts'), import('../../../shared/checks/exportGate.ts')]),
    ]);
    const plan = readPlanFile(path.resolve(io.cwd, input), io);
    const errors = gate
      ? gate[0].withRegistry(io, (registry) => gate[1].finalExportErrors(plan, { registry }))
      : [];
    if (errors.length > 0 && reason === null) {
      for (const f of errors) io.stderr(findingText(f));
      io.stderr(
        `\nChưa xuất bản chính thức: còn ${errors.length} lỗi. Hãy sửa, xuất dự thảo (--draft), hoặc ghi lý do: --force "<lý do>".\n` +
          `Final copy not exported: ${errors.length} error(s) remain. Fix them, export a draft (--draft), or give a reason: --force "<reason>".\n`,
      );
      return 1;
    }
    const bytes = await exportPlanDocx(plan, { draft });
    const out = writeOutputFile(io, output, bytes);
    io.stdout(
      `Đã xuất ${draft ? 'dự thảo' : 'bản chính thức'}: ${out} (${bytes.length} byte)\n` +
        `Exported ${draft ? 'draft' : 'final'}: ${out} (${bytes.length} bytes)\n`,
    );
    if (errors.length > 0) {
      // No workspace log here: the terminal is the record, with the file's hash to tie it to the copy.
      // Loaded only here: a draft and a clean final export need nothing else of node:crypto (issue 13).
      const { createHash } = await import('node:crypto');
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      io.stdout(
        `Vẫn xuất dù còn ${errors.length} lỗi; lý do: ${reason}; sha256 ${sha256}\n` +
          `Exported despite ${errors.length} error(s); reason: ${reason}; sha256 ${sha256}\n`,
      );
    }
    return 0;
  },
};
