import path from 'node:path';
import { exportPlanDocx } from '../../../shared/export/exportPlanDocx.ts';
import type { Command } from '../command.ts';
import { requiredFlag, singleInput } from '../commandArgs.ts';
import { writeOutputFile } from '../commandFiles.ts';
import { parseFlags } from '../parseFlags.ts';
import { readPlanFile } from '../readPlanFile.ts';

/**
 * `plandraft export <plan.json> -o <out.docx> [--draft]`: the plan as a Word file following
 * NĐ 30/2020. Works on files only; the workspace is never touched.
 */
export const exportCommand: Command = {
  name: 'export',
  summary: 'Xuất kế hoạch (JSON) ra tệp Word theo Nghị định 30/2020/NĐ-CP',
  summaryEn: 'Export a plan (JSON) to a Word file following Decree 30/2020/NĐ-CP',
  usage: 'plandraft export <plan.json> -o <out.docx> [--draft]',
  async run(args, io) {
    const { values, positionals } = parseFlags(args, {
      output: { type: 'string', short: 'o' },
      draft: { type: 'boolean', default: false },
    });
    const input = singleInput(positionals, ['thiếu tệp kế hoạch', 'missing plan file']);
    const output = requiredFlag(values.output, ['thiếu -o <tệp .docx>', 'missing -o <file.docx>']);
    const plan = readPlanFile(path.resolve(io.cwd, input), io);
    const bytes = await exportPlanDocx(plan, { draft: values.draft === true });
    const out = writeOutputFile(io, output, bytes);
    io.stdout(
      `Đã xuất ${values.draft ? 'dự thảo' : 'bản chính thức'}: ${out} (${bytes.length} byte)\n` +
        `Exported ${values.draft ? 'draft' : 'final'}: ${out} (${bytes.length} bytes)\n`,
    );
    return 0;
  },
};
