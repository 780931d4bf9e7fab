import type { Command } from '../command.ts';
import { singleInput } from '../commandArgs.ts';
import { readInputBytes } from '../commandFiles.ts';
import { parseFlags } from '../parseFlags.ts';

/**
 * `plandraft verify <file.docx> [--json]`: checks any Word file against NĐ 30/2020, rule by rule.
 * Exit 0 when every rule passes, 1 when one fails, 2 when the file cannot be read.
 */
export const verifyCommand: Command = {
  usage: 'plandraft verify <file.docx> [--json]',
  async run(args, io) {
    const { values, positionals } = parseFlags(args, { json: { type: 'boolean', default: false } });
    const input = singleInput(positionals, ['thiếu tệp .docx', 'missing .docx file']);
    const bytes = readInputBytes(io, input);
    // Loaded when the command runs: `plandraft --help` loads none of the heavy modules (issue 13).
    const [{ assertDocxBounded }, { verifyDocx }] = await Promise.all([
      import('../../../shared/ooxml/docxBounds.ts'),
      import('../../../shared/verify/verifyDocx.ts'),
    ]);
    // Bounded work on a hostile file: zip bombs, huge paragraphs and text are refused up front.
    assertDocxBounded(bytes);
    const report = verifyDocx(bytes);
    const failed = report.rules.filter((r) => !r.ok);
    if (values.json) {
      io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      for (const r of report.rules) io.stdout(`${r.ok ? 'ĐẠT  PASS' : 'LỖI  FAIL'}  ${r.id}  ${r.detail}\n`);
      io.stdout(
        failed.length === 0
          ? `\nĐạt tất cả ${report.rules.length} quy tắc. / All ${report.rules.length} rules pass.\n`
          : `\n${failed.length}/${report.rules.length} quy tắc không đạt. / ${failed.length} of ${report.rules.length} rules fail.\n`,
      );
    }
    return failed.length === 0 ? 0 : 1;
  },
};
